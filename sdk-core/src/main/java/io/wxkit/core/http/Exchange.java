package io.wxkit.core.http;

/**
 * One pass of a call through the pipeline: the request, what earlier stages decided (token, host),
 * and how many HTTP requests were made before this pass.
 *
 * @param request the call
 * @param download whether the answer is binary media to be streamed, not JSON
 * @param token the access token attached by the token stage; {@code null} when none
 * @param hostIndex which of the client's base URLs to use
 * @param priorAttempts HTTP requests already made for this call in earlier passes
 */
record Exchange(ApiRequest request, boolean download, String token, int hostIndex, int priorAttempts) {

    static Exchange of(ApiRequest request, boolean download) {
        return new Exchange(request, download, null, 0, 0);
    }

    Exchange withToken(String token) {
        return new Exchange(request, download, token, hostIndex, priorAttempts);
    }

    Exchange withHost(int hostIndex) {
        return new Exchange(request, download, token, hostIndex, priorAttempts);
    }

    Exchange withPriorAttempts(int priorAttempts) {
        return new Exchange(request, download, token, hostIndex, priorAttempts);
    }

    String endpoint() {
        return request.endpoint();
    }

    @Override
    public String toString() {
        return "Exchange[" + endpoint() + ", host=" + hostIndex + "]";
    }
}
