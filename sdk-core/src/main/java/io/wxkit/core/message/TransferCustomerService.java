package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive transfer_customer_service reply: hands the message to the customer-service system, optionally to one agent.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param kfAccount the agent, e.g. {@code test1@test} ({@code TransInfo/KfAccount}), or null for any agent; may be null
 */
public record TransferCustomerService(String toUser, String fromUser, String kfAccount) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param kfAccount the agent, e.g. {@code test1@test} ({@code TransInfo/KfAccount}), or null for any agent; may
     *     be null
     * @throws NullPointerException if {@code toUser} or {@code fromUser} is null
     */
    public TransferCustomerService {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "transfer_customer_service";
    }
}
