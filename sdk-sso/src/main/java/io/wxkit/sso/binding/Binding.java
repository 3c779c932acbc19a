package io.wxkit.sso.binding;

import java.time.Instant;

/**
 * One identity binding: a WeChat openid mapped to an account of one business system.
 *
 * @param clientId the business system
 * @param openid the WeChat user
 * @param accountId the account in that system
 * @param unionid the unionid when known, else {@code null}
 * @param status active or suspended
 * @param method how ownership was proven ({@code admin}, {@code code}, {@code credentials}, {@code import})
 * @param boundBy who bound it ({@code admin:<name>}, {@code client:<id>}, ...)
 * @param boundAt when
 */
public record Binding(String clientId, String openid, String accountId, String unionid, BindingStatus status,
                      String method, String boundBy, Instant boundAt) {
    /**
     * Whether the binding lets the user sign in.
     *
     * @return true for {@link BindingStatus#ACTIVE}; a suspended binding redeems as suspended
     */
    public boolean active() {
        return status == BindingStatus.ACTIVE;
    }
}
