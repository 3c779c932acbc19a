package io.wxkit.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Carries one Jetty exchange to the {@link Router} and back: reads the request (body capped at 32 MB), lets
 * the {@link ControlGuard} refuse cross-site control calls, and writes the answer with every header name as the
 * route spelled it. Runs on Jetty's worker threads, which may block (handlers sleep for latency faults).
 */
final class JettyAdapter extends org.eclipse.jetty.server.Handler.Abstract {
    private static final int MAX_BODY = 32 * 1024 * 1024;
    private final Router router;

    JettyAdapter(Router router) {
        super(InvocationType.BLOCKING);
        this.router = router;
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request exchange, Response response, Callback callback)
            throws IOException {
        Answer answer = answer(exchange);
        if (answer.dropped()) {
            // the "drop" fault: close the socket before a byte of the answer is written
            exchange.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException("connection dropped by a fault"));
            return true;
        }
        write(answer, response, callback);
        return true;
    }

    private Answer answer(org.eclipse.jetty.server.Request exchange) throws IOException {
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(exchange)) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return Answer.text(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body over " + MAX_BODY + " bytes");
        }
        URI uri;
        try {
            uri = URI.create(exchange.getHttpURI().getPathQuery());
        } catch (IllegalArgumentException e) {
            return Answer.text(HttpStatus.BAD_REQUEST_400, "malformed request target");
        }
        Request request = new Request(exchange.getMethod(), uri, headers(exchange.getHeaders()), body, Map.of(),
                router.codec(), baseUrl(exchange), clientCertificate(exchange));
        Answer refused = ControlGuard.check(request, router.codec());
        return refused != null ? refused : router.dispatch(request);
    }

    private static Map<String, List<String>> headers(HttpFields fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (HttpField f : fields) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>(1)).add(f.getValue());
        }
        return out;
    }

    private static String baseUrl(org.eclipse.jetty.server.Request exchange) {
        String host = exchange.getHeaders().get(HttpHeader.HOST);
        return (exchange.isSecure() ? "https://" : "http://")
                + (host == null ? "127.0.0.1:" + org.eclipse.jetty.server.Request.getLocalPort(exchange) : host);
    }

    private static X509Certificate clientCertificate(org.eclipse.jetty.server.Request exchange) {
        if (exchange.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls) {
            X509Certificate[] chain = tls.peerCertificates();
            return chain != null && chain.length > 0 ? chain[0] : null;
        }
        return null;
    }

    private void write(Answer answer, Response response, Callback callback) {
        byte[] body = router.bytes(answer);
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        if (answer.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        answer.headers().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
