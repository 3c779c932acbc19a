package io.wxkit.examples.admin;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Official Accounts the console operates: each {@code wxkit.mp.accounts.<name>} with its appId, and its
 * {@link WxMp} from the starter's registry. The console always names the account it acts on (no "current account").
 */
@Component
public class AdminAccounts {
    private final List<Account> accounts;
    private final WxMpRegistry registry;

    public AdminAccounts(Environment env, WxMpRegistry registry) {
        this.registry = registry;
        Map<String, Configured> configured = Binder.get(env)
                .bind("wxkit.mp.accounts", Bindable.mapOf(String.class, Configured.class)).orElse(Map.of());
        this.accounts = configured.entrySet().stream()
                .map(e -> new Account(e.getKey(), e.getValue().appId()))
                .filter(a -> a.appId() != null && registry.find(a.appId()).isPresent())
                .sorted(Comparator.comparing(Account::name)).toList();
    }

    /** The one property the console reads from each configured account. */
    record Configured(String appId) {
    }

    public List<Account> all() {
        return accounts;
    }

    /** The first account (pages open on it when none is chosen). */
    public Account first() {
        if (accounts.isEmpty()) {
            throw new IllegalStateException("no Official Account configured (wxkit.mp.accounts.<name>.app-id)");
        }
        return accounts.get(0);
    }

    public Optional<Account> byAppId(String appId) {
        return accounts.stream().filter(a -> a.appId().equals(appId)).findFirst();
    }

    /** The account {@code appId}, or a typed refusal naming it. */
    public Account require(String appId) {
        return byAppId(appId).orElseThrow(() -> new IllegalArgumentException("unknown account " + appId));
    }

    public WxMp mp(String appId) {
        return registry.get(require(appId).appId());
    }

    /** One Official Account: its configuration name and appId. */
    public record Account(String name, String appId) {
        /** A label for pages: the subscription account is {@code sub}, the service account {@code svc}. */
        public String label() {
            return switch (name) {
                case "sub" -> "订阅号 " + name;
                case "svc" -> "服务号 " + name;
                default -> name;
            };
        }
    }
}
