package io.wxkit.modules.common.wechat;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.template.TemplateMessage;
import io.wxkit.modules.common.spi.TemplateNotifier;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link TemplateNotifier} of an Official Account: {@code mp.templates().send(..)}
 * ({@code POST /cgi-bin/message/template/send}).
 *
 * <pre>{@code
 * ModuleContext.builder(ds).templates(MpTemplateNotifier.of(mp)).build();
 * }</pre>
 */
public final class MpTemplateNotifier implements TemplateNotifier {
    private final WxMp mp;

    private MpTemplateNotifier(WxMp mp) {
        this.mp = mp;
    }

    /**
     * Sends through {@code mp}.
     *
     * @param mp the Official Account whose templates are used
     * @return the notifier
     * @throws NullPointerException if {@code mp} is null
     */
    public static MpTemplateNotifier of(WxMp mp) {
        return new MpTemplateNotifier(Objects.requireNonNull(mp, "mp"));
    }

    @Override
    public void send(String openid, String templateId, Map<String, String> data, String url) {
        TemplateMessage message = TemplateMessage.to(openid, templateId);
        for (Map.Entry<String, String> e : data.entrySet()) {
            message = message.data(e.getKey(), e.getValue());
        }
        if (url != null) {
            message = message.url(url);
        }
        mp.templates().send(message);
    }
}
