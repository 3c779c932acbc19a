package io.wxkit.sso.interfaces;

import io.wxkit.mp.WxMp;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.client.SecretHasher;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** A broker plus business interfaces on one database: what every test in this package starts from. */
final class Bizif implements AutoCloseable {
    static final String BASE = "https://sso.example.com/sso";
    static final String ERP_REDIRECT = "https://erp.example.com/sso/landing";

    final WxMp mp;
    final SsoBroker sso;
    final BusinessInterfaces interfaces;
    private final boolean ownsMp;

    private Bizif(DataSource ds, WxMp mp, boolean ownsMp, Consumer<BusinessInterfaces.Builder> custom) {
        this.mp = mp;
        this.ownsMp = ownsMp;
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        this.sso = SsoBroker.builder().dataSource(ds).mp(mp).publicBaseUrl(BASE).masterKey(master)
                .secretHasher(new SecretHasher(64, 1, 1)).build();
        BusinessInterfaces.Builder b = BusinessInterfaces.builder().dataSource(ds)
                .sso(sso.clients(), sso.bindings(), sso.audit()).ssoBaseUrl(BASE);
        custom.accept(b);
        this.interfaces = b.build();
    }

    /** Without WeChat: the tests drive the rule's dispatch directly. */
    static Bizif start(DataSource ds) {
        return start(ds, b -> { });
    }

    static Bizif start(DataSource ds, Consumer<BusinessInterfaces.Builder> custom) {
        WxMp mp = WxMp.builder().appId("wxBIZIF000001").secret("bizifsecret0123456789abcdef01234")
                .baseUrl("http://127.0.0.1:9").build();
        return new Bizif(ds, mp, true, custom);
    }

    /** On a WxMp the caller owns (the emulator's). */
    static Bizif start(DataSource ds, WxMp mp, Consumer<BusinessInterfaces.Builder> custom) {
        return new Bizif(ds, mp, false, custom);
    }

    IssuedCredentials registerErp() {
        return sso.clients().register(ClientRegistration.of("erp", "ERP", List.of(ERP_REDIRECT)), "admin:test");
    }

    void bind(String openid, String account) {
        sso.bindings().bind(openid, "erp", account, null, BindProof.admin("test"));
    }

    static InterfaceSpec.Builder orderSpec(String endpoint) {
        return InterfaceSpec.builder("order-status", Trigger.keywords("订单"), "erp")
                .post(endpoint, "{\"no\":\"{argument}\"}").timeout(Duration.ofSeconds(2))
                .reply(ReplyTemplate.text("订单 {argument}：{answer.status}"));
    }

    @Override
    public void close() {
        if (ownsMp) {
            mp.close();
        }
    }
}
