package io.wxkit.sso.binding;

import io.wxkit.sso.client.Client;

/**
 * Accepts {@link BindProof.Admin}: an administrator binds directly (the operator goes into the audit
 * trail). Only reachable through the Java API, never through the broker's HTTP side.
 */
public final class AdminProofVerifier implements ProofVerifier {
    @Override
    public boolean supports(BindProof proof) {
        return proof instanceof BindProof.Admin;
    }

    @Override
    public boolean verify(Client client, String openid, String accountId, BindProof proof) {
        return proof instanceof BindProof.Admin a && !a.operator().isBlank();
    }
}
