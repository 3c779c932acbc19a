package io.wxkit.examples.kf;

import io.wxkit.core.message.Click;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Text;
import io.wxkit.examples.wechat.AccountInContext;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.spring.mp.WxEventHandler;
import io.wxkit.spring.mp.WxMessageHandler;
import org.springframework.stereotype.Component;

/** 客服 (typed, or the menu's CLICK {@code KF}): hands the follower over to a person. */
@Component
class KfHandler {
    static final String OPEN_NOTICE = "您好，已为您转接人工客服，请直接发送您的问题，工作人员会尽快回复。发送“结束”结束对话。";

    private final KfDesk desk;
    private final WeChatAccounts accounts;

    KfHandler(KfDesk desk, WeChatAccounts accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    @WxMessageHandler(msgType = "text", content = "^\\s*(客服|人工客服|人工)\\s*$")
    String typed(Text text, CallbackContext context) {
        return handOver(text, context);
    }

    @WxEventHandler(event = "CLICK", key = "KF")
    String clicked(Click click, CallbackContext context) {
        return handOver(click, context);
    }

    private String handOver(InboundMessage m, CallbackContext context) {
        desk.open(AccountInContext.appId(context), m.fromUser(), OPEN_NOTICE);
        return OPEN_NOTICE + "\n也可以在网页上对话：" + accounts.url("/kf");
    }
}
