package io.wxkit.sso.broker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.json.Json;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's HTTP side without a web framework: a {@link BrokerRequest} in, a {@link BrokerResponse} out.
 *
 * <pre>{@code
 * BrokerResponse r = sso.http().handle(request);   // the starter writes status, headers and body back
 * }</pre>
 *
 * <p>Endpoints (below the broker's public base URL):
 * <ul>
 *   <li>{@code GET /authorize?client_id&redirect_uri&state} — browser; 302 to WeChat with a state cookie;</li>
 *   <li>{@code GET /callback?code&state} — browser, from WeChat; 302 to the client's exact redirect URI with
 *       {@code ticket} and the client's {@code state} (or {@code error=access_denied});</li>
 *   <li>{@code POST /redeem} {@code ticket[&redirect_uri]} — server to server; JSON identity;</li>
 *   <li>{@code POST /bind} {@code binding_token&account_id&proof_type=code|credentials&code|login&password};</li>
 *   <li>{@code POST /session/introspect} {@code session_id} → {@code {"active"}};
 *       {@code POST /logout} {@code session_id} → {@code {"revoked"}}.</li>
 * </ul>
 * Server-to-server calls authenticate with HTTP Basic ({@code client_id:client_secret}) or the form fields
 * {@code client_id} and {@code client_secret} — one of the two, never both. Errors are JSON
 * {@code {"error":"<code>","error_description"}} with the code's status; browser errors never redirect.
 * Thread-safe.
 */
public final class BrokerHttp {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerHttp.class);

    private final BrokerContext ctx;
    private final AuthorizeFlow flow;
    private final Redemption redemption;
    private final Json json = Json.create();

    /**
     * The broker's endpoints over {@code settings}; built by {@code SsoBroker}.
     *
     * @param settings the broker's stores, keys, clock and limits, as {@code SsoBroker.builder()} collected them
     */
    public BrokerHttp(BrokerSettings settings) {
        this.ctx = new BrokerContext(settings);
        this.flow = new AuthorizeFlow(ctx);
        this.redemption = new Redemption(ctx);
    }

    /**
     * Answers one request; never throws for bad input (errors become JSON answers).
     *
     * @param r the request, with the path below the broker's mount point
     * @return the answer to write back: status, headers (cookies, {@code Location}) and body; e.g. 400 {@code {"error":"invalid_request"}}
     */
    public BrokerResponse handle(BrokerRequest r) {
        try {
            return route(r);
        } catch (SsoException e) {
            return error(e.error(), e.description());
        } catch (RuntimeException e) {
            LOG.warn("sso broker failed on {} {}: {}", r.method(), io.wxkit.sso.internal.Text.safe(r.path(), 100),
                    e.getClass().getName());
            return BrokerResponse.json(500, "{\"error\":\"server_error\"}", List.of());
        }
    }

    /**
     * Redeems {@code ticket} for {@code clientId} (the Java twin of {@code POST /redeem}).
     *
     * @param clientId     the business system's {@code client_id}
     * @param clientSecret its secret
     * @param ticket       the ticket the browser brought back
     * @param callerIp     the caller's IP for the failure limits, or null
     * @return who the user is: bound (account and SSO session) or unbound (binding token)
     * @throws SsoException {@code invalid_client}, {@code rate_limited}, {@code invalid_ticket}, {@code ticket_expired}
     */
    public Identity redeem(String clientId, String clientSecret, String ticket, String callerIp) {
        return redemption.redeem(clientId, clientSecret, ticket, null, callerIp);
    }

    private BrokerResponse route(BrokerRequest r) {
        String key = r.method() + " " + r.path();
        return switch (key) {
            case "GET /authorize" -> flow.authorize(r);
            case "GET /callback" -> flow.callback(r);
            case "POST /redeem" -> redeem(r);
            case "POST /bind" -> bind(r);
            case "POST /session/introspect" -> introspect(r);
            case "POST /logout" -> logout(r);
            default -> BrokerResponse.json(404, "{\"error\":\"not_found\"}", List.of());
        };
    }

    private BrokerResponse redeem(BrokerRequest r) {
        Map<String, String> form = r.form();
        String[] creds = credentials(r, form);
        Identity id = redemption.redeem(creds[0], creds[1], form.get("ticket"), form.get("redirect_uri"), r.clientIp());
        ObjectNode o = json.object().put("openid", id.openid()).put("status", id.status());
        putIfSet(o, "unionid", id.unionid());
        putIfSet(o, "nickname", id.nickname());
        putIfSet(o, "avatar", id.avatar());
        putIfSet(o, "account_id", id.accountId());
        putIfSet(o, "session_id", id.sessionId());
        putIfSet(o, "binding_token", id.bindingToken());
        putIfSet(o, "binding_url", id.bindingUrl());
        return BrokerResponse.json(200, json.write(o), List.of());
    }

    private BrokerResponse bind(BrokerRequest r) {
        Map<String, String> form = r.form();
        Client client = client(r, form, "bind");
        BindProof proof = switch (form.getOrDefault("proof_type", "")) {
            case "code" -> BindProof.oneTimeCode(required(form, "code"));
            case "credentials" -> BindProof.credentials(required(form, "login"), required(form, "password"));
            default -> throw new SsoException(SsoError.INVALID_REQUEST, "proof_type must be code or credentials");
        };
        Binding b = redemption.bind(client, form.get("binding_token"), required(form, "account_id"), proof,
                r.clientIp());
        return BrokerResponse.json(200, json.write(json.object().put("openid", b.openid())
                .put("account_id", b.accountId()).put("status", "bound")), List.of());
    }

    private BrokerResponse introspect(BrokerRequest r) {
        Map<String, String> form = r.form();
        Client client = client(r, form, "session.introspect");
        boolean active = ctx.sessions.active(client.clientId(), form.get("session_id"));
        return BrokerResponse.json(200, "{\"active\":" + active + "}", List.of());
    }

    private BrokerResponse logout(BrokerRequest r) {
        Map<String, String> form = r.form();
        Client client = client(r, form, "logout");
        boolean revoked = ctx.sessions.revoke(client.clientId(), form.get("session_id"), "client:" + client.clientId());
        return BrokerResponse.json(200, "{\"revoked\":" + revoked + "}", List.of());
    }

    private Client client(BrokerRequest r, Map<String, String> form, String action) {
        String[] creds = credentials(r, form);
        return redemption.authenticate(creds[0], creds[1], r.clientIp(), action);
    }

    /** {client_id, client_secret} from HTTP Basic or from the form, refusing both at once. */
    private static String[] credentials(BrokerRequest r, Map<String, String> form) {
        String auth = r.header("Authorization");
        boolean inForm = form.containsKey("client_secret");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (inForm) {
                throw new SsoException(SsoError.INVALID_REQUEST, "use HTTP Basic or form credentials, not both");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new SsoException(SsoError.INVALID_CLIENT, "malformed HTTP Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new SsoException(SsoError.INVALID_CLIENT, "malformed HTTP Basic credentials");
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        }
        return new String[] {form.get("client_id"), form.get("client_secret")};
    }

    private static String required(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isEmpty()) {
            throw new SsoException(SsoError.INVALID_REQUEST, name + " is required");
        }
        return v;
    }

    private BrokerResponse error(SsoError error, String description) {
        return BrokerResponse.json(error.httpStatus(), json.write(json.object().put("error", error.code())
                .put("error_description", description)), List.of());
    }

    private static void putIfSet(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
