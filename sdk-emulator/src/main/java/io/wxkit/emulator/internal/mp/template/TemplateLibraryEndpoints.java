package io.wxkit.emulator.internal.mp.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Template management: {@code template/api_set_industry} (two different codes of the industry table, 40102
 * otherwise; a change within a month of the last one is 43100), {@code get_industry},
 * {@code api_add_template} (a library number {@code TM#####} or {@code OPENTM#########}, 40037 otherwise; at
 * most 25 templates, 45026), {@code get_all_private_template} and {@code del_private_template} (40037 for an
 * unknown id). Thread-safe.
 */
public final class TemplateLibraryEndpoints implements Resettable {
    static final int MAX_TEMPLATES = 25;
    static final Duration INDUSTRY_CHANGE_GAP = Duration.ofDays(30);
    private static final Pattern SHORT_ID = Pattern.compile("TM\\d{5}|OPENTM\\d{9}");
    private final Tokens tokens;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, int[]> industries = new HashMap<>();
    private final Map<String, Instant> industrySetAt = new HashMap<>();
    private final Map<String, Map<String, Template>> templates = new HashMap<>();

    private record Template(String id, String shortId, String title, String content, String example) {
    }

    public TemplateLibraryEndpoints(Tokens tokens, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/template/api_set_industry", this::setIndustry);
        router.get("/cgi-bin/template/get_industry", this::getIndustry);
        router.post("/cgi-bin/template/api_add_template", this::add);
        router.get("/cgi-bin/template/get_all_private_template", this::list);
        router.post("/cgi-bin/template/del_private_template", this::delete);
    }

    private Answer setIndustry(Request r) {
        String appId = tokens.appIdFor(r);
        int first = code(r.json().get("industry_id1"));
        int second = code(r.json().get("industry_id2"));
        if (!Industries.known(first) || !Industries.known(second) || first == second) {
            throw new ApiError(40102, "invalid industry id");
        }
        Instant now = clock.instant();
        synchronized (this) {
            Instant last = industrySetAt.get(appId);
            if (last != null && now.isBefore(last.plus(INDUSTRY_CHANGE_GAP))) {
                throw new ApiError(43100, "change template too frequently");
            }
            industries.put(appId, new int[] {first, second});
            industrySetAt.put(appId, now);
        }
        return ok(r);
    }

    private static int code(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isInt())) {
            return -1;
        }
        try {
            return Integer.parseInt(value.asText());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Answer getIndustry(Request r) {
        String appId = tokens.appIdFor(r);
        int[] codes;
        synchronized (this) {
            codes = industries.get(appId);
        }
        ObjectNode out = r.codec().object();
        if (codes != null) {
            out.putObject("primary_industry").put("first_class", Industries.firstClass(codes[0]))
                    .put("second_class", Industries.secondClass(codes[0]));
            out.putObject("secondary_industry").put("first_class", Industries.firstClass(codes[1]))
                    .put("second_class", Industries.secondClass(codes[1]));
        }
        return Answer.json(out);
    }

    private Answer add(Request r) {
        String appId = tokens.appIdFor(r);
        String shortId = r.json().path("template_id_short").asText("");
        if (!SHORT_ID.matcher(shortId).matches()) {
            throw new ApiError(40037, "invalid template_id");
        }
        List<String> keywords = new ArrayList<>();
        r.json().path("keyword_name_list").forEach(k -> keywords.add(k.asText()));
        StringBuilder content = new StringBuilder();
        StringBuilder example = new StringBuilder();
        if (keywords.isEmpty()) {
            content.append("{{first.DATA}}\n内容：{{keyword1.DATA}}\n时间：{{keyword2.DATA}}\n{{remark.DATA}}");
            example.append("您好\n内容：示例\n时间：2026年1月1日\n感谢使用");
        } else {
            for (int i = 0; i < keywords.size(); i++) {
                content.append(keywords.get(i)).append("：{{thing").append(i + 1).append(".DATA}}\n");
                example.append(keywords.get(i)).append("：示例\n");
            }
        }
        String id = newId();
        synchronized (this) {
            Map<String, Template> mine = templates.computeIfAbsent(appId, k -> new LinkedHashMap<>());
            if (mine.size() >= MAX_TEMPLATES) {
                throw new ApiError(45026, "template num exceeds limit");
            }
            mine.put(id, new Template(id, shortId, "模板 " + shortId, content.toString().strip(),
                    example.toString().strip()));
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("template_id", id));
    }

    private Answer list(Request r) {
        String appId = tokens.appIdFor(r);
        int[] codes;
        List<Template> mine;
        synchronized (this) {
            codes = industries.get(appId);
            mine = new ArrayList<>(templates.getOrDefault(appId, Map.of()).values());
        }
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("template_list");
        for (Template t : mine) {
            list.addObject().put("template_id", t.id()).put("title", t.title())
                    .put("primary_industry", codes == null ? "" : Industries.firstClass(codes[0]))
                    .put("deputy_industry", codes == null ? "" : Industries.secondClass(codes[0]))
                    .put("content", t.content()).put("example", t.example());
        }
        return Answer.json(out);
    }

    private Answer delete(Request r) {
        String appId = tokens.appIdFor(r);
        String id = r.json().path("template_id").asText("");
        synchronized (this) {
            Map<String, Template> mine = templates.get(appId);
            if (mine == null || mine.remove(id) == null) {
                throw new ApiError(40037, "invalid template_id");
            }
        }
        return ok(r);
    }

    private String newId() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).substring(0, 43);
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public synchronized void reset() {
        industries.clear();
        industrySetAt.clear();
        templates.clear();
    }
}
