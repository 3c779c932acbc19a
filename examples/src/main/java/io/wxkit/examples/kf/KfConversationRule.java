package io.wxkit.examples.kf;

import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.examples.wechat.AccountInContext;
import io.wxkit.mp.callback.Rule;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * While a follower talks to staff, their text messages go to the desk and get no robot answer (WeChat receives
 * {@code success}; the staff's answer comes later as a customer-service message). A {@link Rule} bean rather than
 * an annotated method because it must run before the keyword handlers and only for followers in a conversation.
 * 查询 still reaches the query robot, and 结束 ends the conversation.
 */
@Configuration(proxyBeanMethods = false)
class KfConversationRule {
    static final String CLOSED_NOTICE = "本次人工客服对话已结束，感谢您的耐心。";
    private static final Pattern PASS_THROUGH = Pattern.compile("^\\s*(查询|客服|人工客服|人工)(\\s.*)?$",
            Pattern.DOTALL);

    @Bean
    @Order(0)
    Rule<Text> kfConversation(KfDesk desk) {
        return Rule.on(Text.class)
                // openids are unique across accounts, so the quick check needs no appId (the rule has no context)
                .when(t -> !PASS_THROUGH.matcher(t.content()).matches() && desk.isOpen(t.fromUser()))
                .handle((text, context) -> {
                    String appId = AccountInContext.appId(context);
                    if (text.content().strip().equals("结束")) {
                        desk.close(appId, text.fromUser(), CLOSED_NOTICE);
                        return Reply.text(text, CLOSED_NOTICE);
                    }
                    desk.fromUser(appId, text.fromUser(), text.content());
                    return null;
                });
    }
}
