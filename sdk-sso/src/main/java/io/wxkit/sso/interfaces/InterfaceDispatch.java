package io.wxkit.sso.interfaces;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.client.ClientRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the router rule does with a matched message: finds the user's binding in the interface's business
 * system (none: the unbound fallback with the bind link, no call), calls the system, and turns the answer,
 * the timeout or the failure into the reply. Failures are audited; nothing of the answer is logged.
 */
final class InterfaceDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceDispatch.class);

    private final InterfaceRouter router;
    private final ClientRegistry clients;
    private final Bindings bindings;
    private final AuditLog audit;
    private final BusinessCall call;
    private final String ssoBaseUrl;

    InterfaceDispatch(InterfaceRouter router, ClientRegistry clients, Bindings bindings, AuditLog audit,
                      BusinessCall call, String ssoBaseUrl) {
        this.router = router;
        this.clients = clients;
        this.bindings = bindings;
        this.audit = audit;
        this.call = call;
        this.ssoBaseUrl = ssoBaseUrl;
    }

    /** The reply for {@code m}, or {@code null} when no enabled interface matches it (any more). */
    Reply handle(InboundMessage m) {
        InterfaceRouter.Matched hit = router.match(m);
        if (hit == null) {
            return null;
        }
        InterfaceSpec spec = hit.route().definition().spec();
        Map<String, String> vars = vars(m, spec, hit.captured());
        Optional<Client> client = clients.find(spec.clientId()).filter(Client::active);
        if (client.isEmpty()) {
            return failed(m, spec, vars, "client_inactive");
        }
        Optional<Binding> binding = bindings.find(spec.clientId(), m.fromUser()).filter(Binding::active);
        if (binding.isEmpty()) {
            vars.put("bind_url", bindUrl(client.get()));
            audit.record("user:" + m.fromUser(), "interface.call", "unbound", spec.clientId(), m.fromUser(), null,
                    null, "name=" + spec.name());
            return fallback(m, spec.fallbacks().unbound(), vars);
        }
        vars.put("account", binding.get().accountId());
        CallResult result = call.call(spec, hit.route().request(), vars, clients.signingKeyBytes(client.get()));
        if (result instanceof CallResult.Answered a) {
            Reply reply = ReplyRenderer.render(m, hit.route(), vars, a.answer());
            return reply != null ? reply : failed(m, spec, vars, "no_articles");
        }
        if (result instanceof CallResult.TimedOut) {
            record(m, spec, vars, "timeout");
            return fallback(m, spec.fallbacks().timeout(), vars);
        }
        return failed(m, spec, vars, ((CallResult.Failed) result).reason());
    }

    private Reply failed(InboundMessage m, InterfaceSpec spec, Map<String, String> vars, String reason) {
        record(m, spec, vars, reason);
        return fallback(m, spec.fallbacks().error(), vars);
    }

    private void record(InboundMessage m, InterfaceSpec spec, Map<String, String> vars, String reason) {
        LOG.info("business interface '{}' of {}: {}", io.wxkit.sso.internal.Text.safe(spec.name(), 100),
                spec.clientId(), reason);
        audit.record("user:" + m.fromUser(), "interface.call", reason, spec.clientId(), m.fromUser(),
                vars.get("account"), null, "name=" + spec.name());
    }

    private static Reply fallback(InboundMessage m, String text, Map<String, String> vars) {
        return Reply.text(m, ReplyRenderer.cut(Template.parse(text).render(vars, null, Escape::wechatText)));
    }

    private static Map<String, String> vars(InboundMessage m, InterfaceSpec spec, Captured c) {
        Map<String, String> vars = new HashMap<>();
        vars.put("content", c.content());
        vars.put("argument", c.argument());
        vars.put("openid", m.fromUser());
        vars.put("interface", spec.name());
        vars.put("account", "");
        List<String> groups = c.groups();
        for (int g = 0; g < groups.size(); g++) {
            vars.put("group" + (g + 1), groups.get(g));
        }
        return vars;
    }

    /**
     * The link that starts the SSO sign-in of {@code client} (its first registered redirect URI): the
     * business system sees an unbound identity with a binding URL and runs its binding step.
     */
    private String bindUrl(Client client) {
        return ssoBaseUrl + "/authorize?client_id=" + enc(client.clientId()) + "&redirect_uri="
                + enc(client.redirectUris().get(0)) + "&state=bind";
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
