package io.wxkit.examples.biz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.sso.interfaces.BusinessSystemVerifier;
import io.wxkit.sso.signature.SignedRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo business systems' two server-to-server endpoints, called by the platform and never by a browser:
 * <ul>
 *   <li>{@code POST /biz/<client>/sso/verify}: the broker asks whether a login/password belongs to the account
 *   being bound (signed both ways with the client's signing key, sdk-sso's documented wire format);</li>
 *   <li>{@code POST /biz/<client>/api/query}: a business interface call for a keyword query (查询), answered with the
 *   bound account's data, signed back.</li>
 * </ul>
 * The signing helpers are sdk-sso's published ones for business systems written in Java.
 */
@RestController
class BizServerEndpoints {
    private final BizDirectory directory;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    /** One verifier per client: it remembers the nonces it has seen (replays are refused). */
    private final Map<String, BusinessSystemVerifier> verifiers = new ConcurrentHashMap<>();

    BizServerEndpoints(BizDirectory directory) {
        this.directory = directory;
    }

    @PostMapping(path = "/biz/{clientId}/sso/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> verify(@PathVariable String clientId, @RequestBody(required = false) String body,
                                  HttpServletRequest request) throws IOException {
        BizDirectory.Credentials c = directory.credentials(clientId).orElse(null);
        String text = body == null ? "" : body;
        SignedRequest signer = c == null ? null : SignedRequest.withKey(c.signingKey(), clock);
        if (signer == null || !signer.verify("POST", request.getRequestURI(), headers(request), text)) {
            return ResponseEntity.status(401).body("{\"error\":\"bad signature\"}");
        }
        JsonNode q = json.readTree(text);
        boolean verified = "credentials".equals(q.path("type").asText())
                && q.path("login").asText().equals(q.path("account_id").asText())
                && directory.checkPassword(clientId, q.path("account_id").asText(), q.path("password").asText());
        String answer = "{\"verified\":" + verified + "}";
        HttpHeaders out = new HttpHeaders();
        signer.sign("RESPONSE", request.getRequestURI(), answer, random).forEach(out::set);
        return ResponseEntity.ok().headers(out).body(answer);
    }

    @PostMapping(path = "/biz/{clientId}/api/query", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> query(@PathVariable String clientId, @RequestBody(required = false) String body,
                                 HttpServletRequest request) throws IOException {
        BizDirectory.Credentials c = directory.credentials(clientId).orElse(null);
        String text = body == null ? "" : body;
        String pathAndQuery = request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        Map<String, String> headers = headers(request);
        BusinessSystemVerifier verifier = c == null ? null
                : verifiers.computeIfAbsent(clientId, k -> BusinessSystemVerifier.withKey(c.signingKey(), clock));
        if (verifier == null || !verifier.verify("POST", pathAndQuery, headers, text)) {
            return ResponseEntity.status(401).body("{\"error\":\"bad signature\"}");
        }
        JsonNode call = json.readTree(text);
        ObjectNode answer = json.createObjectNode();
        directory.account(clientId, call.path("account").asText()).ifPresentOrElse(a -> answer
                .put("found", true).put("holder", a.holder()).put("account", a.accountId()).put("detail", a.detail()),
                () -> answer.put("found", false).put("holder", "").put("account", "").put("detail", "没有这个账号"));
        String out = json.writeValueAsString(answer);
        HttpHeaders signed = new HttpHeaders();
        verifier.signAnswer(headers, pathAndQuery, out).forEach(signed::set);
        return ResponseEntity.ok().headers(signed).body(out);
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> h = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            h.put(name, request.getHeader(name));
        }
        return h;
    }
}
