package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response with only a URI and {@code Set-Cookie} headers, for the cookie jar's test. */
record FakeResponse(URI uri, List<String> cookies) implements HttpResponse<String> {
    static FakeResponse of(URI uri, String... setCookie) {
        return new FakeResponse(uri, List.of(setCookie));
    }

    @Override
    public int statusCode() {
        return 200;
    }

    @Override
    public HttpRequest request() {
        return HttpRequest.newBuilder(uri).build();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return HttpHeaders.of(Map.of("set-cookie", cookies), (a, b) -> true);
    }

    @Override
    public String body() {
        return "";
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
