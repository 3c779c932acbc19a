package io.wxkit.examples.query;

import io.wxkit.core.message.Click;
import io.wxkit.core.message.Text;
import io.wxkit.spring.mp.WxEventHandler;
import io.wxkit.spring.mp.WxMessageHandler;
import org.springframework.stereotype.Component;

/**
 * The menu's 查询 button, and any 查询 text no configured business interface took (the interface rule runs
 * first): what can be asked.
 */
@Component
class QueryHelpHandler {
    static final String HELP = "可以查询：\n· 发送“查询 借阅”查看图书馆借阅\n· 发送“查询 预约”查看场馆预约\n（需先绑定业务系统账号）";

    @WxEventHandler(event = "CLICK", key = "QUERY")
    String menu(Click click) {
        return HELP;
    }

    @WxMessageHandler(msgType = "text", content = "^\\s*查询.*$")
    String unknownQuery(Text text) {
        return HELP;
    }
}
