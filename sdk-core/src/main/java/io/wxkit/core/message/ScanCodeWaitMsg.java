package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The scancode_waitmsg event: a user scanned a code from a {@code scancode_waitmsg} menu button and waits for a reply.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the button key ({@code EventKey})
 * @param scanType the code type, e.g. qrcode ({@code ScanCodeInfo/ScanType}); null when absent
 * @param scanResult the decoded content ({@code ScanCodeInfo/ScanResult}); null when absent
 */
public record ScanCodeWaitMsg(String toUser, String fromUser, Instant createTime, String eventKey, String scanType,
                              String scanResult) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the button key ({@code EventKey})
     * @param scanType the code type, e.g. qrcode ({@code ScanCodeInfo/ScanType}); null when absent
     * @param scanResult the decoded content ({@code ScanCodeInfo/ScanResult}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public ScanCodeWaitMsg {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "scancode_waitmsg";
    }
}
