package io.wxkit.examples.admin.business;

import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.interfaces.BusinessInterfaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The starter's SSO broker and the app's business-interface registry when they run ({@code wxkit.sso.enabled=true});
 * the business pages say so instead of failing the whole console when they are off.
 */
@Component
public class SsoBeans {
    private final ObjectProvider<SsoBroker> broker;
    private final ObjectProvider<BusinessInterfaces> interfaces;

    SsoBeans(ObjectProvider<SsoBroker> broker, ObjectProvider<BusinessInterfaces> interfaces) {
        this.broker = broker;
        this.interfaces = interfaces;
    }

    /** The broker, or a typed refusal the console shows as a 400 page. */
    public SsoBroker broker() {
        SsoBroker sso = broker.getIfAvailable();
        if (sso == null) {
            throw off();
        }
        return sso;
    }

    /** The broker when it runs (pages that only show SSO data next to other things). */
    public java.util.Optional<SsoBroker> brokerIfRunning() {
        return java.util.Optional.ofNullable(broker.getIfAvailable());
    }

    BusinessInterfaces interfaces() {
        BusinessInterfaces bi = interfaces.getIfAvailable();
        if (bi == null) {
            throw off();
        }
        return bi;
    }

    /** How the broker's audit trail names a console user. */
    public static String actor(String staff) {
        return "admin:" + staff;
    }

    private static IllegalArgumentException off() {
        return new IllegalArgumentException("SSO broker is off: set wxkit.sso.enabled=true · 单点登录未启用");
    }
}
