package io.wxkit.sso.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A registered business system, as stored (the secret only as its hash, never exposed here).
 *
 * @param clientId the client id, {@code [A-Za-z0-9_-]{3,64}}
 * @param name a display name
 * @param redirectUris the exact redirect URIs it may receive tickets at
 * @param claims what it may read at redemption
 * @param verifyUrl where the HTTP proof verifier confirms account ownership, or {@code null}
 * @param signingVersion the version of its request-signing key (bumped by a key rotation)
 * @param status active or disabled
 * @param createdAt when it was registered
 */
public record Client(String clientId, String name, List<String> redirectUris, Set<Claim> claims, String verifyUrl,
                     int signingVersion, ClientStatus status, Instant createdAt) {
    /**
     * Copies the collections.
     *
     * @param clientId the client id, {@code [A-Za-z0-9_-]{3,64}}
     * @param name a display name
     * @param redirectUris the exact redirect URIs it may receive tickets at
     * @param claims what it may read at redemption
     * @param verifyUrl where the HTTP proof verifier confirms account ownership, or {@code null}
     * @param signingVersion the version of its request-signing key (bumped by a key rotation)
     * @param status active or disabled
     * @param createdAt when it was registered
     */
    public Client {
        Objects.requireNonNull(clientId, "clientId");
        redirectUris = List.copyOf(redirectUris);
        claims = Set.copyOf(claims);
    }

    /**
     * Whether the client may be used now.
     *
     * @return true for {@link ClientStatus#ACTIVE}; a disabled client can neither authorize, redeem nor bind
     */
    public boolean active() {
        return status == ClientStatus.ACTIVE;
    }
}
