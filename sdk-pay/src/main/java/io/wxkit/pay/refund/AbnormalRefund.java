package io.wxkit.pay.refund;

import java.util.Objects;

/**
 * Where an abnormal refund (异常退款) goes: to the user's bank card (bank type, card number and name,
 * sent encrypted) or to the merchant's bank account. {@code toString()} hides the card and the name.
 *
 * @param type        {@code type}: {@code USER_BANK_CARD} or {@code MERCHANT_BANK_CARD}
 * @param bankType    {@code bank_type} (user card only), e.g. {@code ICBC_DEBIT}
 * @param bankAccount card number in clear text (encrypted before sending), user card only
 * @param realName    card holder's name in clear text (encrypted before sending), user card only
 */
public record AbnormalRefund(String type, String bankType, String bankAccount, String realName) {
    /**
     * A target; prefer {@link #toUserBankCard} and {@link #toMerchantBankCard()}.
     *
     * @param type        {@code type}: {@code USER_BANK_CARD} or {@code MERCHANT_BANK_CARD}
     * @param bankType    {@code bank_type} (user card only), e.g. {@code ICBC_DEBIT}
     * @param bankAccount card number in clear text (encrypted before sending), user card only
     * @param realName    card holder's name in clear text (encrypted before sending), user card only
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if a {@code USER_BANK_CARD} target lacks the bank type, card or name
     */
    public AbnormalRefund {
        Objects.requireNonNull(type, "type");
        if (type.equals("USER_BANK_CARD") && (bankType == null || bankAccount == null || realName == null)) {
            throw new IllegalArgumentException("USER_BANK_CARD needs bank_type, bank_account and real_name");
        }
    }

    /**
     * Refund to the user's debit card, e.g. {@code AbnormalRefund.toUserBankCard("ICBC_DEBIT", "6222...", "张三")}.
     *
     * @param bankType    WeChat Pay's {@code bank_type} code of the card's bank, e.g. {@code ICBC_DEBIT}
     * @param bankAccount the card number in clear text; encrypted with the platform key before sending
     * @param realName    the card holder's name in clear text; encrypted before sending
     * @return the target
     * @throws IllegalArgumentException if any argument is null
     */
    public static AbnormalRefund toUserBankCard(String bankType, String bankAccount, String realName) {
        return new AbnormalRefund("USER_BANK_CARD", bankType, bankAccount, realName);
    }

    /**
     * Refund to the merchant's bank account (the merchant then pays the user back itself).
     *
     * @return the target; it carries no card data
     */
    public static AbnormalRefund toMerchantBankCard() {
        return new AbnormalRefund("MERCHANT_BANK_CARD", null, null, null);
    }

    @Override
    public String toString() {
        return "AbnormalRefund[type=" + type + ", bankType=" + bankType + ", bankAccount=***, realName=***]";
    }
}
