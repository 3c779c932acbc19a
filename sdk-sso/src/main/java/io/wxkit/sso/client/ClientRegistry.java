package io.wxkit.sso.client;

import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.Db;
import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.internal.Text;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The registry of business systems (clients): register, rotate the secret (the old one stays valid
 * for a grace period), rotate the signing key, disable, enable, list, and authenticate.
 *
 * <pre>{@code
 * IssuedCredentials c = sso.clients().register(ClientRegistration.of("crm", "CRM", List.of(uri)), "admin:alice");
 * }</pre>
 *
 * <p>Secrets are generated here (256 bits from the broker's {@link SecureRandom}) and stored as Argon2id
 * hashes; signing keys are derived from the broker's master key and never stored. Every change is
 * audited with the acting {@code actor}. Thread-safe.
 */
public final class ClientRegistry {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{3,64}");

    private final Jdbi jdbi;
    private final ClientRows rows;
    private final AuditLog audit;
    private final SecretHasher hasher;
    private final byte[] signingMaster;
    private final Clock clock;
    private final SecureRandom random;
    // verified against when the client id is unknown, so an unknown id costs as much as a wrong secret
    private final String decoyHash;
    private final VerifiedSecrets verified = new VerifiedSecrets();

    /**
     * A registry over the migrated SSO schema; {@code signingMaster} derives the per-client signing keys.
     *
     * @param jdbi          the SSO database, migrated by {@code SsoBroker.builder().build()}
     * @param audit         where every change is recorded
     * @param hasher        the Argon2id parameters of new secrets
     * @param signingMaster the key the per-client signing keys are derived from (HMAC), kept secret
     * @param clock         the time source of grace periods and audit times
     * @param random        the source of secrets
     */
    public ClientRegistry(Jdbi jdbi, AuditLog audit, SecretHasher hasher, byte[] signingMaster, Clock clock,
                          SecureRandom random) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.rows = new ClientRows(jdbi);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.signingMaster = signingMaster.clone();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.decoyHash = hasher.hash(Secrets.randomToken(random, 32), random);
    }

    /**
     * Registers a business system and returns its credentials (shown once).
     *
     * @param r     the registration, e.g. {@code ClientRegistration.of("crm", "CRM", List.of("https://crm.example.com/sso/callback"))}
     * @param actor who registers it, for the audit log
     * @return the client secret and signing key, in clear text this once: only a hash and a derivation are kept
     * @throws SsoException {@code invalid_request} or {@code invalid_redirect_uri} for a bad registration,
     *     {@code client_exists} if the id is taken
     */
    public IssuedCredentials register(ClientRegistration r, String actor) {
        validate(r);
        String secret = Secrets.randomToken(random, 32);
        try {
            rows.insert(r, hasher.hash(secret, random), clock.millis());
        } catch (UnableToExecuteStatementException e) {
            if (Db.isDuplicateKey(e)) {
                audit.record(actor, "client.register", SsoError.CLIENT_EXISTS.code(), r.clientId(), null, null, null, null);
                throw new SsoException(SsoError.CLIENT_EXISTS, "client id already registered: " + r.clientId());
            }
            throw e;
        }
        audit.record(actor, "client.register", "ok", r.clientId(), null, null, null, "claims=" + r.claims());
        return new IssuedCredentials(r.clientId(), secret, signingKey(r.clientId(), 1));
    }

    /**
     * Issues a new secret; the previous one keeps working for {@code grace} (zero: revoked at once).
     *
     * @param clientId the business system's {@code client_id}
     * @param grace    how long the previous secret still authenticates, e.g. {@code Duration.ofHours(1)}
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @return the new secret (shown once) and the unchanged signing key
     * @throws SsoException {@code not_found} for an unknown client
     */
    public IssuedCredentials rotateSecret(String clientId, Duration grace, String actor) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        String secret = Secrets.randomToken(random, 32);
        long now = clock.millis();
        if (!rows.rotate(clientId, hasher.hash(secret, random), now + grace.toMillis(), now)) {
            throw notFound(clientId, actor, "client.rotate");
        }
        audit.record(actor, "client.rotate", "ok", clientId, null, null, null, "grace=" + grace);
        Client c = require(clientId);
        return new IssuedCredentials(clientId, secret, signingKey(clientId, c.signingVersion()));
    }

    /**
     * Replaces a client's redirect URIs and verify URL (its credentials, claims and status stay), as when a
     * business system moves to another address. The same rules as {@link #register} apply.
     *
     * @param verifyUrl the new verify URL, or {@code null} for none
     * @param clientId the business system's {@code client_id}
     * @param redirectUris 1..20 absolute URIs, compared exactly on {@code /authorize}
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @throws SsoException {@code invalid_redirect_uri} for a bad URI, {@code not_found} for an unknown client
     */
    public void updateUrls(String clientId, List<String> redirectUris, String verifyUrl, String actor) {
        if (redirectUris.isEmpty() || redirectUris.size() > 20) {
            throw new SsoException(SsoError.INVALID_REDIRECT_URI, "register 1..20 redirect URIs");
        }
        redirectUris.forEach(RedirectUris::requireRegistrable);
        if (verifyUrl != null) {
            RedirectUris.requireRegistrable(verifyUrl);
        }
        if (!rows.updateUrls(clientId, List.copyOf(redirectUris), verifyUrl, clock.millis())) {
            throw notFound(clientId, actor, "client.update_urls");
        }
        audit.record(actor, "client.update_urls", "ok", clientId, null, null, null,
                "redirect_uris=" + redirectUris.size());
    }

    /**
     * Replaces the signing key at once (the old one stops verifying) and returns the new one.
     *
     * @param clientId the business system's {@code client_id}
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @return the new signing key (shown once) and no secret
     * @throws SsoException {@code not_found} for an unknown client
     */
    public IssuedCredentials rotateSigningKey(String clientId, String actor) {
        if (!rows.bumpSigningVersion(clientId, clock.millis())) {
            throw notFound(clientId, actor, "client.rotate_signing");
        }
        audit.record(actor, "client.rotate_signing", "ok", clientId, null, null, null, null);
        return new IssuedCredentials(clientId, null, signingKey(clientId, require(clientId).signingVersion()));
    }

    /**
     * Disables a client: it can no longer authorize, redeem or bind.
     *
     * @param clientId the business system's {@code client_id}
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @throws SsoException {@code not_found} for an unknown client
     */
    public void disable(String clientId, String actor) {
        setStatus(clientId, ClientStatus.DISABLED, actor, "client.disable");
    }

    /**
     * Enables a disabled client again.
     *
     * @param clientId the business system's {@code client_id}
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @throws SsoException {@code not_found} for an unknown client
     */
    public void enable(String clientId, String actor) {
        setStatus(clientId, ClientStatus.ACTIVE, actor, "client.enable");
    }

    /**
     * Every registered client, ordered by id.
     *
     * @return every client, enabled or not; never a secret
     */
    public List<Client> list() {
        return rows.all();
    }

    /**
     * The client {@code clientId}, if registered.
     *
     * @param clientId the business system's {@code client_id}
     * @return the client, or empty
     */
    public Optional<Client> find(String clientId) {
        return clientId == null ? Optional.empty() : rows.find(clientId).map(ClientRows.Row::client);
    }

    /**
     * The client {@code clientId}.
     *
     * @param clientId the business system's {@code client_id}
     * @return the client
     * @throws SsoException {@code not_found}
     */
    public Client require(String clientId) {
        return find(clientId).orElseThrow(() -> new SsoException(SsoError.NOT_FOUND,
                "no client " + Text.safe(clientId, 64)));
    }

    /**
     * Checks a client's credentials in constant time (the current secret, or the previous one within its
     * grace period). Unknown ids cost the same Argon2id work as a wrong secret; a secret verified in the last ten
     * minutes is recognised by its SHA-256 without Argon2id again (a wrong one always pays the full check). Not
     * audited here: the caller audits the decision it takes.
     *
     * @return the active client, or empty for an unknown id, a wrong secret or a disabled client
     * @param clientId the business system's {@code client_id}
     * @param secret   the secret the caller presented (HTTP Basic or form field)
     */
    public Optional<Client> authenticate(String clientId, String secret) {
        Optional<ClientRows.Row> row = clientId == null ? Optional.empty() : rows.find(clientId);
        if (row.isEmpty()) {
            hasher.matches(secret == null ? "" : secret, decoyHash);
            return Optional.empty();
        }
        ClientRows.Row r = row.get();
        boolean ok = verified.matches(hasher::matches, secret, r.secretHash());
        if (!ok && r.previousHash() != null && clock.millis() < r.previousValidUntil()) {
            ok = verified.matches(hasher::matches, secret, r.previousHash());
        }
        return ok && r.client().active() ? Optional.of(r.client()) : Optional.empty();
    }

    /**
     * The raw HMAC key (derived, never stored) of {@code client}'s current signing version.
     *
     * @param client a registered client
     * @return a new array with the key bytes; keep them out of logs
     */
    public byte[] signingKeyBytes(Client client) {
        return java.util.Base64.getUrlDecoder().decode(signingKey(client.clientId(), client.signingVersion()));
    }

    private String signingKey(String clientId, int version) {
        return Secrets.hmacBase64(signingMaster, clientId + ":" + version);
    }

    private void setStatus(String clientId, ClientStatus status, String actor, String action) {
        if (!rows.setStatus(clientId, status, clock.millis())) {
            throw notFound(clientId, actor, action);
        }
        audit.record(actor, action, "ok", clientId, null, null, null, null);
    }

    private SsoException notFound(String clientId, String actor, String action) {
        audit.record(actor, action, SsoError.NOT_FOUND.code(), clientId, null, null, null, null);
        return new SsoException(SsoError.NOT_FOUND, "no client " + Text.safe(clientId, 64));
    }

    private static void validate(ClientRegistration r) {
        if (!CLIENT_ID.matcher(r.clientId()).matches()) {
            throw new SsoException(SsoError.INVALID_REQUEST, "client id must be [A-Za-z0-9_-]{3,64}");
        }
        if (!Text.isPlain(r.name(), 200)) {
            throw new SsoException(SsoError.INVALID_REQUEST, "name must be 1..200 plain characters");
        }
        if (r.redirectUris().isEmpty() || r.redirectUris().size() > 20) {
            throw new SsoException(SsoError.INVALID_REDIRECT_URI, "register 1..20 redirect URIs");
        }
        r.redirectUris().forEach(RedirectUris::requireRegistrable);
        if (r.verifyUrl() != null) {
            RedirectUris.requireRegistrable(r.verifyUrl());
        }
    }

    /**
     * Whether {@code requested} is exactly one of {@code client}'s registered redirect URIs.
     *
     * @param client    a registered client
     * @param requested the {@code redirect_uri} of an {@code /authorize} request
     * @return true only for an exact match (no prefix, no normalisation)
     */
    public static boolean redirectAllowed(Client client, String requested) {
        return RedirectUris.matches(client.redirectUris(), requested);
    }
}
