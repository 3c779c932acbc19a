package io.wxkit.sso.binding;

import io.wxkit.sso.client.Client;

/**
 * Decides whether a {@link BindProof} shows that the WeChat user owns the business account. Pluggable:
 * {@link AdminProofVerifier} for direct binds, {@link HttpProofVerifier} asking the business system,
 * or your own. Implementations must be thread-safe.
 */
public interface ProofVerifier {

    /**
     * Whether this verifier judges proofs of this kind.
     *
     * @param proof the proof to judge
     * @return true if {@link #verify} should judge it; the first verifier that supports a proof is the only one asked
     */
    boolean supports(BindProof proof);

    /**
     * Whether {@code proof} is accepted for binding {@code openid} to {@code accountId} in {@code client}.
     *
     * @param client    the business system the binding is for
     * @param openid    the user's openid
     * @param accountId the account in that system
     * @param proof     a proof this verifier {@link #supports}
     * @return true to bind, false to refuse ({@code proof_rejected})
     * @throws io.wxkit.sso.error.SsoException {@code upstream_error} when the verdict cannot be obtained
     */
    boolean verify(Client client, String openid, String accountId, BindProof proof);
}
