package io.wxkit.examples.admin.messages;

import java.time.LocalDate;

/**
 * The log's search form: account, user (openid fragment), text, type ({@code text}, {@code image}, ...,
 * {@code event} for every event, or an event name such as {@code CLICK}), and a date range (China time).
 * Empty fields do not filter.
 */
record MessageSearch(String appId, String user, String text, String type, LocalDate from, LocalDate to,
                     boolean unhandledOnly) {
    static MessageSearch none() {
        return new MessageSearch("", "", "", "", null, null, false);
    }
}
