package io.wxkit.core.http;

import io.wxkit.core.json.Json;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one HTTP request with OkHttp and reads the answer: JSON (and any error or text answer) in
 * full, binary media as an open stream. A failure to get an answer becomes a transport
 * {@link WxApiException}.
 */
final class SendStage implements Stage {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?(?:UTF-8'')?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private final OkHttpClient http;
    private final List<HttpUrl> hosts;
    private final Json json;
    private final String userAgent;

    SendStage(OkHttpClient http, List<HttpUrl> hosts, Json json, String userAgent) {
        this.http = Objects.requireNonNull(http, "http");
        this.hosts = List.copyOf(hosts);
        this.json = Objects.requireNonNull(json, "json");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        Request request = new Request.Builder()
                .url(url(exchange))
                .header("User-Agent", userAgent)
                .header("Accept", "application/json, */*")
                .method(exchange.request().method(), body(exchange.request()))
                .build();
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (IOException e) {
            throw WxApiException.transport(e, exchange.endpoint());
        }
        try {
            return read(exchange, response);
        } catch (IOException e) {
            response.close();
            throw WxApiException.transport(e, exchange.endpoint());
        }
    }

    HttpUrl url(Exchange exchange) {
        HttpUrl base = hosts.get(exchange.hostIndex() % hosts.size());
        HttpUrl.Builder b = base.newBuilder().addPathSegments(exchange.request().path().substring(1));
        if (exchange.token() != null) {
            b.addQueryParameter("access_token", exchange.token());
        }
        for (Map.Entry<String, String> q : exchange.request().query().entrySet()) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
    }

    private RequestBody body(ApiRequest request) {
        if (request.method().equals("GET")) {
            return null;
        }
        if (request.multipart() != null) {
            return request.multipart().toRequestBody();
        }
        byte[] bytes = request.jsonBody() == null ? new byte[0] : json.writeBytes(request.jsonBody());
        return RequestBody.create(bytes, JSON);
    }

    private static Reply read(Exchange exchange, Response response) throws IOException {
        ResponseBody body = response.body();
        String type = response.header("Content-Type", "");
        String fileName = fileName(response.header("Content-Disposition", ""));
        String lower = type.toLowerCase(Locale.ROOT);
        boolean textual = lower.contains("json") || lower.startsWith("text/") || type.isEmpty();
        if (exchange.download() && response.isSuccessful() && !textual) {
            return new Reply(response.code(), type, fileName, null, body);
        }
        try (response) {
            return new Reply(response.code(), type, fileName, body.bytes(), null);
        }
    }

    static String fileName(String contentDisposition) {
        Matcher m = FILENAME.matcher(contentDisposition);
        return m.find() ? m.group(1).trim() : "";
    }
}
