package io.wxkit.sso.broker;

/**
 * What a business system learns when it redeems a ticket: who the WeChat user is and, if bound, which of
 * its accounts they are. Fields the client's claims do not allow are {@code null}.
 *
 * @param openid the user's openid (always)
 * @param unionid the unionid (claim {@code UNIONID}, when WeChat gave one)
 * @param nickname the nickname (claim {@code PROFILE})
 * @param avatar the avatar URL (claim {@code PROFILE})
 * @param status {@code bound}, {@code unbound} or {@code suspended}
 * @param accountId the bound account (claim {@code ACCOUNT}, status {@code bound})
 * @param sessionId the SSO session opened for a bound user, for introspection and logout
 * @param bindingToken for an unbound user: the single-use token to bind with (10 minutes)
 * @param bindingUrl for an unbound user: where the business system posts the binding (server to server)
 */
public record Identity(String openid, String unionid, String nickname, String avatar, String status, String accountId,
                       String sessionId, String bindingToken, String bindingUrl) {
    /**
     * Whether the user is bound in this business system.
     *
     * @return true when {@code status} is {@code bound}: {@code accountId} and {@code sessionId} are set
     */
    public boolean bound() {
        return "bound".equals(status);
    }

    /** Masks the session id and binding token. */
    @Override
    public String toString() {
        return "Identity[openid=" + openid + ", status=" + status + ", accountId=" + accountId + "]";
    }
}
