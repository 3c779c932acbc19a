package io.wxkit.sso.binding;

import io.wxkit.sso.client.Client;

/**
 * Decides whether a {@link BindProof} shows that the WeChat user owns the business account. Pluggable:
 * {@link AdminProofVerifier} for direct binds, {@link HttpProofVerifier} asking the business system,
 * or your own. Implementations must be thread-safe.
 */
public interface ProofVerifier {

    /** Whether this verifier judges proofs of this kind. */
    boolean supports(BindProof proof);

    /**
     * Whether {@code proof} is accepted for binding {@code openid} to {@code accountId} in {@code client}.
     *
     * @throws io.wxkit.sso.error.SsoException {@code upstream_error} when the verdict cannot be obtained
     */
    boolean verify(Client client, String openid, String accountId, BindProof proof);
}
