package io.wxkit.examples.query;

import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.sso.interfaces.BusinessInterfaces;
import io.wxkit.sso.interfaces.Fallbacks;
import io.wxkit.sso.interfaces.InterfaceSpec;
import io.wxkit.sso.interfaces.ReplyTemplate;
import io.wxkit.sso.interfaces.Trigger;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The two keyword queries an administrator would configure, once per database: 查询借阅 asks the library system
 * for the bound reader's loans, 查询预约 asks the booking system for the bound account's bookings. An unbound
 * follower gets the link to the platform's /bind page instead (the system is not called).
 */
@Component
@ConditionalOnProperty(name = "wxkit.sso.enabled", havingValue = "true")
class QuerySeed implements DemoSeed {
    private final BusinessInterfaces interfaces;
    private final WeChatAccounts accounts;

    QuerySeed(BusinessInterfaces interfaces, WeChatAccounts accounts) {
        this.interfaces = interfaces;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "keyword-queries";
    }

    @Override
    public int order() {
        return 40; // after the SSO clients (30) it refers to
    }

    @Override
    public void seed() {
        create("library-loans", "查询\\s*借阅", "library", "图书馆借阅系统",
                "{answer.holder}（读者证 {account}）当前借阅：{answer.detail}");
        create("booking-list", "查询\\s*预约", "booking", "场馆预约系统",
                "{answer.holder}（预约账号 {account}）的预约：{answer.detail}");
    }

    private void create(String name, String regex, String clientId, String systemName, String reply) {
        Fallbacks unbound = new Fallbacks(Fallbacks.DEFAULT.timeout(), Fallbacks.DEFAULT.error(),
                "您还没有绑定" + systemName + "账号，请先绑定：" + accounts.url("/bind?client=" + clientId));
        interfaces.registry().create(InterfaceSpec.builder(name, Trigger.regex(regex), clientId)
                .post(accounts.url("/biz/" + clientId + "/api/query"), "{\"q\":\"{content}\"}")
                .timeout(Duration.ofSeconds(3))
                .reply(ReplyTemplate.text(reply))
                .fallbacks(unbound)
                .build(), "admin:demo-seed");
    }
}
