package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.core.json.Json;
import io.wxkit.sso.broker.BrokerResponse;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.IssuedCredentials;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Everything logged at DEBUG during a full flow, failures included, carries no secret, ticket or password. */
class NothingSecretInLogsTest {
    @Test
    void noSecretTicketSessionPasswordOrKeyReachesTheLogsTheAnswersOrToString() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level old = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        List<String> secrets = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        try (HikariDataSource ds = TestDb.H2.open("logs"); SsoFixture fx = SsoFixture.start(ds)) {
            Json json = Json.create();
            String cb = "https://crm.example.com/sso";
            IssuedCredentials crm = fx.register("crm", cb, Claim.ACCOUNT);
            secrets.add(crm.clientSecret());
            secrets.add(crm.signingKey());
            secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(fx.masterKey));
            String alice = fx.user("Alice");
            String ticket = fx.ticket("crm", cb, alice);
            secrets.add(ticket);
            seen.append(fx.redeem("crm", crm.clientSecret() + "x", ticket).body());
            BrokerResponse unbound = fx.redeem("crm", crm.clientSecret(), ticket);
            seen.append(unbound.body().replace(json.readTree(unbound.body()).path("binding_token").asText(), ""));
            String token = json.readTree(unbound.body()).path("binding_token").asText();
            secrets.add(token);
            BrokerResponse bind = fx.post("/bind", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                    "binding_token", token, "account_id", "E1", "proof_type", "credentials", "login", "alice",
                    "password", "Pa55-w0rd-secret"), "198.51.100.1");   // no verify URL: refused, typed
            secrets.add("Pa55-w0rd-secret");
            seen.append(bind.body());
            seen.append(fx.redeem("crm", crm.clientSecret(), ticket).body());   // replay
            seen.append(fx.sso.audit().recent(100));
            seen.append(crm).append(fx.sso).append(fx.sso.clients().require("crm"));
        } finally {
            root.detachAppender(logs);
            root.setLevel(old);
        }
        logs.list.forEach(e -> seen.append('\n').append(e.getFormattedMessage())
                .append(e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()));
        assertThat(logs.list).isNotEmpty();
        for (String secret : secrets) {
            assertThat(seen.toString()).doesNotContain(secret);
        }
    }
}
