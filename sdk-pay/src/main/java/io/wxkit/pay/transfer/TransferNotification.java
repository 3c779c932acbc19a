package io.wxkit.pay.transfer;

import io.wxkit.pay.notification.PayNotification;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified transfer-bill notification (商家转账回调, state reached a final value) with its
 * decrypted bill.
 *
 * @param id         {@code id}
 * @param createTime {@code create_time}
 * @param eventType  {@code event_type} (e.g. {@code MCHTRANSFER.BILL.FINISHED})
 * @param bill       the decrypted resource
 */
public record TransferNotification(String id, Instant createTime, String eventType, TransferBill bill) implements PayNotification {
    public TransferNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bill, "bill");
    }
}
