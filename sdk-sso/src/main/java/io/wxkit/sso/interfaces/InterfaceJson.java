package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an {@link InterfaceSpec}: a small JSON document written and read field by field
 * through the tree model (no reflection binding), so a stored definition is re-validated on every load.
 */
final class InterfaceJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private InterfaceJson() {
    }

    static String write(InterfaceSpec s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name()).put("client", s.clientId()).put("method", s.method()).put("endpoint", s.endpoint())
                .put("request", s.requestTemplate()).put("timeoutMillis", s.timeout().toMillis())
                .put("maxAnswerBytes", s.maxAnswerBytes());
        o.set("trigger", trigger(s.trigger()));
        o.set("reply", reply(s.reply()));
        o.putObject("fallbacks").put("timeout", s.fallbacks().timeout()).put("error", s.fallbacks().error())
                .put("unbound", s.fallbacks().unbound());
        return o.toString();
    }

    static InterfaceSpec read(String json) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored interface definition is not JSON", e);
        }
        JsonNode f = o.get("fallbacks");
        return new InterfaceSpec(o.get("name").asText(), trigger(o.get("trigger")), o.get("client").asText(),
                o.get("method").asText(), o.get("endpoint").asText(), o.get("request").asText(),
                Duration.ofMillis(o.get("timeoutMillis").asLong()), reply(o.get("reply")),
                new Fallbacks(f.get("timeout").asText(), f.get("error").asText(), f.get("unbound").asText()),
                o.get("maxAnswerBytes").asInt());
    }

    private static ObjectNode trigger(Trigger t) {
        ObjectNode o = MAPPER.createObjectNode();
        if (t instanceof Trigger.Exact e) {
            o.put("kind", "exact").put("value", e.keyword());
        } else if (t instanceof Trigger.Keywords k) {
            ArrayNode a = o.put("kind", "keywords").putArray("values");
            k.keywords().forEach(a::add);
        } else if (t instanceof Trigger.Regex r) {
            o.put("kind", "regex").put("value", r.regex());
        } else if (t instanceof Trigger.MenuClick c) {
            o.put("kind", "click").put("value", c.key());
        } else if (t instanceof Trigger.ScanScene s) {
            o.put("kind", "scan").put("value", s.scene());
        }
        return o;
    }

    private static Trigger trigger(JsonNode o) {
        String kind = o.get("kind").asText();
        return switch (kind) {
            case "exact" -> Trigger.exact(o.get("value").asText());
            case "keywords" -> {
                List<String> values = new ArrayList<>();
                o.get("values").forEach(v -> values.add(v.asText()));
                yield new Trigger.Keywords(values);
            }
            case "regex" -> Trigger.regex(o.get("value").asText());
            case "click" -> Trigger.menuClick(o.get("value").asText());
            case "scan" -> Trigger.scanScene(o.get("value").asText());
            default -> throw new IllegalStateException("stored trigger kind unknown: " + kind);
        };
    }

    private static ObjectNode reply(ReplyTemplate r) {
        ObjectNode o = MAPPER.createObjectNode();
        if (r instanceof ReplyTemplate.Text t) {
            o.put("kind", "text").put("template", t.template());
        } else if (r instanceof ReplyTemplate.News n) {
            o.put("kind", "news").put("path", n.articlesPath()).put("title", n.titleField())
                    .put("description", n.descriptionField()).put("url", n.urlField()).put("picUrl", n.picUrlField());
        }
        return o;
    }

    private static ReplyTemplate reply(JsonNode o) {
        if ("text".equals(o.get("kind").asText())) {
            return ReplyTemplate.text(o.get("template").asText());
        }
        return ReplyTemplate.news(o.get("path").asText(), o.get("title").asText(), nullable(o, "description"),
                nullable(o, "url"), nullable(o, "picUrl"));
    }

    private static String nullable(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
