package io.wxkit.pay.notification;

/**
 * The HTTP answer WeChat Pay expects from a notification endpoint: success is HTTP 200 with no body;
 * failure is a 4xx/5xx with {@code {"code":"FAIL","message":".."}}, after which WeChat Pay redelivers
 * (15 s, 15 s, 30 s, 3 min, … over 24 h).
 *
 * @param status      HTTP status to answer with
 * @param body        body ("" for none)
 * @param contentType {@code Content-Type} of the body, or {@code null} when empty
 */
public record NotificationAnswer(int status, String body, String contentType) {

    /**
     * HTTP 200, no body: the notification was received and stored; WeChat Pay stops redelivering it.
     *
     * <pre>{@code
     * NotificationAnswer a = NotificationAnswer.success();
     * response.setStatus(a.status());
     * }</pre>
     *
     * @return the answer
     */
    public static NotificationAnswer success() {
        return new NotificationAnswer(200, "", null);
    }

    /**
     * HTTP 500 with {@code {"code":"FAIL","message":message}} so WeChat Pay retries.
     *
     * @param message why, in WeChat Pay's answer (quotes and backslashes escaped); {@code null} for {@code 失败}.
     *                Never put secrets or the notification's content in it
     * @return the answer, {@code Content-Type: application/json}
     */
    public static NotificationAnswer failure(String message) {
        String safe = message == null ? "失败" : message.replace("\\", "\\\\").replace("\"", "\\\"");
        return new NotificationAnswer(500, "{\"code\":\"FAIL\",\"message\":\"" + safe + "\"}", "application/json");
    }

    /**
     * Whether this answer tells WeChat Pay the notification was received.
     *
     * @return true for HTTP 200 and 204
     */
    public boolean isSuccess() {
        return status == 200 || status == 204;
    }
}
