package io.wxkit.core.http;

/**
 * Attaches the access token, and when WeChat rejects it (40001/40014/42001) invalidates exactly that
 * token and runs the rest of the pipeline exactly once more with a fresh one. Sits outside the
 * retry stage, so the refresh-and-retry is outside the retry budget and a token fetch that failed
 * (already retried by its own call) is not retried again.
 */
final class TokenStage implements Stage {
    private final TokenSource tokens;

    /** @param tokens where tokens come from; {@code null} for a client that only makes token-less calls */
    TokenStage(TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        if (!exchange.request().withToken()) {
            return next.proceed(exchange);
        }
        if (tokens == null) {
            throw new IllegalStateException(exchange.endpoint() + " needs an access token but this ApiClient has no"
                    + " TokenSource (ApiClient.withTokens(..))");
        }
        String token = tokens.accessToken();
        try {
            return next.proceed(exchange.withToken(token));
        } catch (WxApiException e) {
            if (!e.isTokenInvalid()) {
                throw e;
            }
            tokens.invalidate(token);
            if (!exchange.request().repeatable()) {
                throw e;
            }
            String fresh = tokens.accessToken();
            // a second rejection propagates as is: one refresh per call, never a loop
            return next.proceed(exchange.withToken(fresh).withPriorAttempts(exchange.priorAttempts() + e.attempts()));
        }
    }
}
