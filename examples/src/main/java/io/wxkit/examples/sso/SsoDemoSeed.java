package io.wxkit.examples.sso;

import io.wxkit.examples.biz.BizHandover;
import io.wxkit.examples.biz.DemoSystem;
import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.examples.demo.DemoUsers;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.IssuedCredentials;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The SSO demo data, once per database: the two demo business systems registered with the broker (exact
 * redirect URI, verify URL, moved to the current URLs on every start; their credentials handed over to them),
 * their accounts, and bindings for some demo
 * people: 张伟 in both systems, 李娜 in the library. 王芳 and 陈静 start unbound (the binding and the "bind first"
 * scenarios). Bindings are made as an administrator would ({@code BindProof.admin}).
 */
@Component
@ConditionalOnProperty(name = "wxkit.sso.enabled", havingValue = "true")
class SsoDemoSeed implements DemoSeed {
    private static final String ACTOR = "demo-seed";

    private final SsoBroker sso;
    private final BizHandover handover;
    private final DemoUsers users;
    private final WeChatAccounts accounts;

    SsoDemoSeed(SsoBroker sso, BizHandover handover, DemoUsers users, WeChatAccounts accounts) {
        this.sso = sso;
        this.handover = handover;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "sso";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        for (DemoSystem s : DemoSystem.ALL) {
            IssuedCredentials issued = sso.clients().register(ClientRegistration.of(s.clientId(), s.name(),
                            List.of(callbackUrl(s)))
                    .claims(Claim.ACCOUNT)
                    .verifyUrl(verifyUrl(s)), ACTOR);
            handover.receive(s.clientId(), issued.clientSecret(), issued.signingKey());
        }
        handover.createAccounts();
        if (users.isEmpty()) {
            return; // real WeChat: no fake users to bind
        }
        bind(DemoUsers.ZHANG_WEI, "library", "L1001");
        bind(DemoUsers.ZHANG_WEI, "booking", "B2001");
        bind(DemoUsers.LI_NA, "library", "L1002");
    }

    /**
     * The registrations name absolute URLs of this app, which move when it starts on another port or public URL
     * than the start that seeded the database: the broker compares redirect URIs exactly, so SSO into the demo
     * systems would break. On every start the demo systems are moved to this start's URLs (when they differ).
     */
    @Override
    public void everyStart() {
        for (DemoSystem s : DemoSystem.ALL) {
            sso.clients().find(s.clientId()).ifPresent(c -> {
                if (!c.redirectUris().equals(List.of(callbackUrl(s))) || !verifyUrl(s).equals(c.verifyUrl())) {
                    sso.clients().updateUrls(s.clientId(), List.of(callbackUrl(s)), verifyUrl(s), ACTOR);
                }
            });
        }
    }

    private String callbackUrl(DemoSystem s) {
        return accounts.url("/biz/" + s.clientId() + "/callback");
    }

    private String verifyUrl(DemoSystem s) {
        return accounts.url("/biz/" + s.clientId() + "/sso/verify");
    }

    private void bind(String person, String clientId, String accountId) {
        sso.bindings().bind(users.openid("svc", person), clientId, accountId, null, BindProof.admin(ACTOR));
    }
}
