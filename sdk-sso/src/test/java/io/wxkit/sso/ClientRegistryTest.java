package io.wxkit.sso;

import io.wxkit.sso.error.SsoException;

import io.wxkit.sso.error.SsoError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.ClientStatus;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.client.SecretHasher;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client registry on H2: register, rotate with grace, disable, list, and what is stored. */
class ClientRegistryTest {
    static HikariDataSource ds;
    SsoFixture fx;

    @BeforeAll
    static void start() {
        ds = TestDb.H2.open("clients");
    }

    @AfterAll
    static void stop() {
        ds.close();
    }

    @BeforeEach
    void setUp() {
        fx = SsoFixture.start(ds);
    }

    @AfterEach
    void clean() {
        fx.close();
        TestDb.clean(ds);
    }

    @Test
    void registerStoresAnArgon2idHashNeverTheSecretAndHandsOutFreshCredentials() throws Exception {
        IssuedCredentials c = fx.sso.clients().register(ClientRegistration.of("crm", "CRM",
                List.of("https://crm.example.com/a", "http://127.0.0.1:8080/b")).claims(Claim.ACCOUNT), "admin:ops");
        assertThat(c.clientSecret()).hasSize(43);       // 256 bits, base64url
        assertThat(c.signingKey()).hasSize(43);
        assertThat(c.toString()).doesNotContain(c.clientSecret()).doesNotContain(c.signingKey());
        try (Connection conn = ds.getConnection(); ResultSet rs = conn.createStatement()
                .executeQuery("SELECT secret_hash FROM sso_client WHERE client_id = 'crm'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("$argon2id$v=19$m=64,t=1,p=1$").doesNotContain(c.clientSecret());
        }
        Client client = fx.sso.clients().require("crm");
        assertThat(client.redirectUris()).containsExactly("https://crm.example.com/a", "http://127.0.0.1:8080/b");
        assertThat(client.claims()).containsExactly(Claim.ACCOUNT);
        assertThat(fx.sso.clients().authenticate("crm", c.clientSecret())).isPresent();
        assertThat(fx.sso.clients().authenticate("crm", c.clientSecret() + "x")).isEmpty();
        assertThat(fx.sso.clients().authenticate("nope", c.clientSecret())).isEmpty();
        assertThat(fx.sso.clients().authenticate("crm", null)).isEmpty();
        assertThatThrownBy(() -> fx.sso.clients().register(ClientRegistration.of("crm", "CRM",
                List.of("https://crm.example.com/a")), "admin:ops"))
                .isInstanceOfSatisfying(SsoException.class, e -> assertThat(e.error()).isEqualTo(SsoError.CLIENT_EXISTS));
    }

    @Test
    void aRotatedSecretKeepsTheOldOneValidForTheGracePeriodOnly() {
        IssuedCredentials first = fx.register("crm", "https://crm.example.com/a");
        IssuedCredentials second = fx.sso.clients().rotateSecret("crm", Duration.ofMinutes(5), "admin:ops");
        assertThat(second.clientSecret()).isNotEqualTo(first.clientSecret());
        assertThat(fx.sso.clients().authenticate("crm", first.clientSecret())).isPresent();
        assertThat(fx.sso.clients().authenticate("crm", second.clientSecret())).isPresent();
        fx.clock.advance(Duration.ofMinutes(6));
        assertThat(fx.sso.clients().authenticate("crm", first.clientSecret())).isEmpty();
        assertThat(fx.sso.clients().authenticate("crm", second.clientSecret())).isPresent();
        IssuedCredentials third = fx.sso.clients().rotateSecret("crm", Duration.ZERO, "admin:ops");
        assertThat(fx.sso.clients().authenticate("crm", second.clientSecret())).isEmpty();
        assertThat(fx.sso.clients().authenticate("crm", third.clientSecret())).isPresent();
        IssuedCredentials key = fx.sso.clients().rotateSigningKey("crm", "admin:ops");
        assertThat(key.signingKey()).isNotEqualTo(first.signingKey());
        assertThat(fx.sso.audit().forClient("crm", 10)).extracting(e -> e.action() + ":" + e.outcome())
                .containsExactly("client.rotate_signing:ok", "client.rotate:ok", "client.rotate:ok",
                        "client.register:ok");
    }

    @Test
    void aDisabledClientCannotAuthenticateUntilEnabledAndListShowsIt() {
        IssuedCredentials c = fx.register("crm", "https://crm.example.com/a");
        fx.register("erp", "https://erp.example.com/a");
        fx.sso.clients().disable("crm", "admin:ops");
        assertThat(fx.sso.clients().authenticate("crm", c.clientSecret())).isEmpty();
        assertThat(fx.sso.clients().list()).extracting(Client::clientId, Client::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crm", ClientStatus.DISABLED),
                        org.assertj.core.groups.Tuple.tuple("erp", ClientStatus.ACTIVE));
        fx.sso.clients().enable("crm", "admin:ops");
        assertThat(fx.sso.clients().authenticate("crm", c.clientSecret())).isPresent();
        assertThatThrownBy(() -> fx.sso.clients().disable("nope", "admin:ops")).isInstanceOf(SsoException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.example.com/cb", "https://example.com/*", "http://crm.example.com/cb",
        "https://user@crm.example.com/cb", "https://crm.example.com/cb#x", "/relative", "ftp://crm.example.com/cb",
        "https://crm.example.com/c b", "https://crm.example.com/cb\n", "javascript:alert(1)", "https:///nohost"})
    void wildcardsPlainHttpUserinfoFragmentsAndOddSchemesCannotBeRegistered(String uri) {
        assertThatThrownBy(() -> fx.register("crm", uri)).isInstanceOfSatisfying(SsoException.class,
                e -> assertThat(e.error()).isEqualTo(SsoError.INVALID_REDIRECT_URI));
        assertThat(fx.sso.clients().find("crm")).isEmpty();
    }

    @Test
    void secretHasherIsArgon2idVerifiesExactlyAndRefusesMalformedHashes() {
        SecretHasher h = SsoFixture.FAST;
        SecureRandom random = new SecureRandom();
        String stored = h.hash("s3cret", random);
        assertThat(stored).isNotEqualTo(h.hash("s3cret", random));   // salted
        assertThat(h.matches("s3cret", stored)).isTrue();
        assertThat(h.matches("s3creT", stored)).isFalse();
        assertThat(h.matches("s3cret", stored.replace("argon2id", "argon2i"))).isFalse();
        assertThat(h.matches("s3cret", "$argon2id$v=19$garbage")).isFalse();
        assertThat(h.matches("s3cret", null)).isFalse();
        assertThat(SecretHasher.owaspDefault()).isEqualTo(new SecretHasher(19 * 1024, 2, 1));
        // an RFC 9106-style known answer: the stored parameters are honoured whatever this hasher's own are
        assertThat(SecretHasher.owaspDefault().matches("s3cret", stored)).isTrue();
        assertThatThrownBy(() -> new SecretHasher(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updateUrlsMovesAClientKeepingItsCredentials() {
        IssuedCredentials c = fx.sso.clients().register(ClientRegistration.of("lib", "Library",
                List.of("http://127.0.0.1:8080/biz/lib/callback")).verifyUrl("http://127.0.0.1:8080/biz/lib/verify"),
                "admin:ops");

        fx.sso.clients().updateUrls("lib", List.of("http://127.0.0.1:8081/biz/lib/callback"),
                "http://127.0.0.1:8081/biz/lib/verify", "admin:ops");

        Client moved = fx.sso.clients().require("lib");
        assertThat(moved.redirectUris()).containsExactly("http://127.0.0.1:8081/biz/lib/callback");
        assertThat(moved.verifyUrl()).isEqualTo("http://127.0.0.1:8081/biz/lib/verify");
        assertThat(fx.sso.clients().authenticate("lib", c.clientSecret())).isPresent();
        assertThatThrownBy(() -> fx.sso.clients().updateUrls("lib", List.of("javascript:alert(1)"), null, "admin:ops"))
                .isInstanceOf(SsoException.class)
                .satisfies(e -> assertThat(((SsoException) e).error()).isEqualTo(SsoError.INVALID_REDIRECT_URI));
        assertThatThrownBy(() -> fx.sso.clients().updateUrls("nobody", List.of("https://x.example.com/cb"), null,
                "admin:ops")).isInstanceOf(SsoException.class)
                .satisfies(e -> assertThat(((SsoException) e).error()).isEqualTo(SsoError.NOT_FOUND));
    }
}
