package io.wxkit.sso.client;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an administrator registers for a business system.
 *
 * <pre>{@code
 * ClientRegistration r = ClientRegistration.of("crm", "CRM", List.of("https://crm.example.com/sso")).claims(Claim.ACCOUNT);
 * }</pre>
 *
 * @param clientId {@code [A-Za-z0-9_-]{3,64}}
 * @param name display name (1..200 characters)
 * @param redirectUris 1..20 absolute URIs, compared exactly at authorization time
 * @param claims what the client may read
 * @param verifyUrl the business system's proof-verification endpoint, or {@code null}
 */
public record ClientRegistration(String clientId, String name, List<String> redirectUris, Set<Claim> claims,
                                 String verifyUrl) {
    /**
     * Copies the collections.
     *
     * @param clientId {@code [A-Za-z0-9_-]{3,64}}
     * @param name display name (1..200 characters)
     * @param redirectUris 1..20 absolute URIs, compared exactly at authorization time
     * @param claims what the client may read
     * @param verifyUrl the business system's proof-verification endpoint, or {@code null}
     */
    public ClientRegistration {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        redirectUris = List.copyOf(redirectUris);
        claims = claims.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(claims));
    }

    /**
     * A registration with no extra claims and no verify URL.
     *
     * @param clientId     the business system's id: 3..64 of {@code [A-Za-z0-9_-]}, e.g. {@code "crm"}
     * @param name         a human name shown to administrators, e.g. {@code "CRM"}
     * @param redirectUris 1..20 absolute URIs; {@code /authorize} accepts exactly these
     * @return the registration, e.g. {@code ClientRegistration.of("crm", "CRM", List.of("https://crm.example.com/sso/callback"))}
     * @throws NullPointerException if an argument is null
     */
    public static ClientRegistration of(String clientId, String name, List<String> redirectUris) {
        return new ClientRegistration(clientId, name, redirectUris, Set.of(), null);
    }

    /**
     * This registration with exactly {@code claims}.
     *
     * @param claims what the identity carries besides the openid, e.g. {@code Claim.ACCOUNT, Claim.PROFILE}
     * @return a copy with exactly these claims
     */
    public ClientRegistration claims(Claim... claims) {
        return new ClientRegistration(clientId, name, redirectUris, Set.of(claims), verifyUrl);
    }

    /**
     * This registration with the business system's proof-verification endpoint.
     *
     * @param url an absolute https URL the broker POSTs signed proof checks to, e.g. {@code "https://crm.example.com/sso/verify"}
     * @return a copy with the URL
     */
    public ClientRegistration verifyUrl(String url) {
        return new ClientRegistration(clientId, name, redirectUris, claims, url);
    }
}
