package io.wxkit.pay.notification;

import io.wxkit.pay.transfer.TransferBill;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified transfer-bill notification (商家转账回调通知, {@code MCHTRANSFER.BILL.FINISHED}, resource
 * {@code original_type} {@code mch_payment}: the bill reached SUCCESS, FAIL or CANCELLED) with its
 * decrypted bill.
 *
 * @param id         {@code id}
 * @param createTime {@code create_time}
 * @param eventType  {@code event_type} (e.g. {@code MCHTRANSFER.BILL.FINISHED})
 * @param bill       the decrypted resource
 */
public record TransferNotification(String id, Instant createTime, String eventType, TransferBill bill) implements Notification {
    /**
     * A transfer notification; built by {@link NotificationsApi} after verification, or by tests.
     *
     * @param id         {@code id}
     * @param createTime {@code create_time}
     * @param eventType  {@code event_type} (e.g. {@code MCHTRANSFER.BILL.FINISHED})
     * @param bill       the decrypted resource
     * @throws NullPointerException if {@code id} or {@code bill} is null
     */
    public TransferNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bill, "bill");
    }
}
