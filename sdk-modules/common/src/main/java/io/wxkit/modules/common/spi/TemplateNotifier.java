package io.wxkit.modules.common.spi;

import java.util.Map;

/**
 * Sends a template message (模板消息) to a user, for example a lottery winner's notification. The wired
 * implementation is {@code io.wxkit.modules.common.wechat.MpTemplateNotifier} over {@code mp.templates()}.
 *
 * <pre>{@code
 * notifier.send(openid, templateId, Map.of("thing1", "Wheel of fortune", "thing2", "Mug"), "https://example.com/wins");
 * }</pre>
 */
@FunctionalInterface
public interface TemplateNotifier {

    /**
     * Sends template {@code templateId} to {@code openid} with {@code data} (keyword name → value) and an
     * optional {@code url} ({@code null} for none).
     *
     * @param openid     the receiver
     * @param templateId the template's id in the account's template library
     * @param data       the keyword values, e.g. {@code thing1 -> "Wheel of fortune"}
     * @param url        the page opened from the message, or {@code null}
     * @throws RuntimeException whatever the transport throws; the module records the failure
     */
    void send(String openid, String templateId, Map<String, String> data, String url);
}
