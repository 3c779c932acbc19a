package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/**
 * Where and to whom an order is delivered.
 *
 * @param receiver the receiver's name, 1–64 characters
 * @param phone    the contact phone, 5–32 of digits, {@code +}, {@code -} and spaces
 * @param address  the full address, 1–300 characters
 */
public record Address(String receiver, String phone, String address) {
    /**
     * Checks and strips the three fields.
     *
     * @param receiver the receiver's name, 1–64 characters, not blank
     * @param phone the contact phone, 5–32 of digits, {@code +}, {@code -} and spaces
     * @param address the full address, 1–300 characters, not blank
     * @throws ModuleException {@code INVALID_INPUT} if a field is missing, blank, too long, or the phone has other characters
     */
    public Address {
        receiver = require("receiver", receiver, 64);
        phone = require("phone", phone, 32);
        address = require("address", address, 300);
        if (!phone.matches("[0-9+\\- ]{5,32}")) {
            throw new ModuleException(CommonError.INVALID_INPUT, "phone must be 5-32 digits, '+', '-' or spaces");
        }
    }

    private static String require(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " must be 1-" + max + " characters");
        }
        return value.strip();
    }
}
