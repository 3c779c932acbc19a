package io.wxkit.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.json.Json;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns WeChat's error answers into {@link WxApiException}: a JSON body with a non-zero
 * {@code errcode}, an HTTP error status, or a JSON call answered with something that is not JSON.
 * {@code errcode} absent or 0 is success.
 */
final class ErrcodeStage implements Stage {
    private final Json json;

    ErrcodeStage(Json json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        Reply reply = next.proceed(exchange);
        if (reply.body() == null) {
            if (reply.status() / 100 != 2) {
                reply.close();
                throw WxApiException.httpStatus(reply.status(), exchange.endpoint());
            }
            return reply; // binary media, already known to be a success status
        }
        JsonNode tree = parse(reply);
        if (tree != null && tree.isObject()) {
            int errcode = tree.path("errcode").asInt(0);
            if (errcode != 0) {
                throw WxApiException.of(errcode, tree.path("errmsg").asText(""), exchange.endpoint());
            }
        }
        if (reply.status() / 100 != 2) {
            throw WxApiException.httpStatus(reply.status(), exchange.endpoint());
        }
        if ((tree == null || !tree.isObject()) && !exchange.download()) {
            throw WxApiException.unusable("answer is not a JSON object (HTTP " + reply.status() + ", "
                    + (reply.contentType().isEmpty() ? "no content type" : reply.contentType()) + ")",
                    exchange.endpoint());
        }
        return reply;
    }

    private JsonNode parse(Reply reply) {
        byte[] body = reply.body();
        String type = reply.contentType().toLowerCase(Locale.ROOT);
        boolean maybeJson = body.length > 0 && (body[0] == '{' || body[0] == '[' || type.contains("json"));
        if (!maybeJson) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (UncheckedIOException e) {
            return null;
        }
    }
}
