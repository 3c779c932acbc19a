package io.wxkit.modules.member;

import java.util.Set;

/**
 * An admin (管理者), known by the openid they use the H5 admin pages with.
 *
 * @param openid the admin's own openid
 * @param role   what they may do
 * @param scopes which members they manage (owners: every member)
 */
public record Admin(String openid, AdminRole role, Set<AdminScope> scopes) {
    /**
     * Copies the scopes.
     *
     * @param openid the admin's own openid
     * @param role what they may do
     * @param scopes which members they manage (owners: every member)
     */
    public Admin {
        scopes = Set.copyOf(scopes);
    }

    /**
     * Whether {@code m} is in one of the scopes.
     *
     * @param m the member
     * @return true for an owner, else if one of the scopes covers {@code m}
     */
    public boolean manages(Member m) {
        return role == AdminRole.OWNER || scopes.stream().anyMatch(s -> s.covers(m));
    }
}
