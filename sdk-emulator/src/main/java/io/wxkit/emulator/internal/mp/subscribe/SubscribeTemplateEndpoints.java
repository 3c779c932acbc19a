package io.wxkit.emulator.internal.mp.subscribe;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Subscribe-notification templates ({@code wxaapi/newtmpl/*}): {@code getcategory}, {@code getpubtemplatetitles}
 * ({@code ids} of the account's categories, 200018 when missing, 200019 when unknown; {@code start} ≥ 0, 200016;
 * {@code limit} 1–30, 200017), {@code getpubtemplatekeywords} (200014 for an unknown {@code tid}),
 * {@code addtemplate} (2–5 distinct keyword ids of the title, 200020; {@code sceneDesc} ≤ 15 characters, 200021;
 * at most 50 templates, 200012), {@code gettemplate} and {@code deltemplate} (200014 for an unknown id).
 * Thread-safe.
 */
public final class SubscribeTemplateEndpoints implements Resettable {
    static final int MAX_TEMPLATES = 50;
    private final Tokens tokens;
    private final SecureRandom random;
    private final Map<String, Map<String, Added>> added = new HashMap<>();

    private record Added(String id, PublicLibrary.Title title, List<PublicLibrary.Keyword> keywords) {
    }

    public SubscribeTemplateEndpoints(Tokens tokens, SecureRandom random) {
        this.tokens = tokens;
        this.random = random;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.get("/wxaapi/newtmpl/getcategory", this::categories);
        router.get("/wxaapi/newtmpl/getpubtemplatetitles", this::titles);
        router.get("/wxaapi/newtmpl/getpubtemplatekeywords", this::keywords);
        router.post("/wxaapi/newtmpl/addtemplate", this::add);
        router.get("/wxaapi/newtmpl/gettemplate", this::list);
        router.post("/wxaapi/newtmpl/deltemplate", this::delete);
    }

    private Answer categories(Request r) {
        tokens.appIdFor(r);
        ObjectNode out = ok(r);
        ArrayNode data = out.putArray("data");
        PublicLibrary.CATEGORIES.forEach(c -> data.addObject().put("id", c.id()).put("name", c.name()));
        return Answer.json(out);
    }

    private Answer titles(Request r) {
        tokens.appIdFor(r);
        String ids = r.query("ids");
        if (ids == null || ids.isBlank()) {
            throw new ApiError(200018, "category ids missing");
        }
        Set<Long> known = PublicLibrary.CATEGORIES.stream().map(PublicLibrary.Category::id).collect(Collectors.toSet());
        Set<Long> wanted;
        try {
            wanted = Arrays.stream(ids.split(",")).map(String::trim).map(Long::parseLong).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new ApiError(200019, "category ids invalid");
        }
        if (!known.containsAll(wanted)) {
            throw new ApiError(200019, "category ids invalid");
        }
        int start = number(r.query("start"), 200016);
        int limit = number(r.query("limit"), 200017);
        if (limit < 1 || limit > 30) {
            throw new ApiError(200017, "limit invalid");
        }
        List<PublicLibrary.Title> all = PublicLibrary.TITLES.stream().filter(t -> wanted.contains(t.categoryId()))
                .toList();
        ObjectNode out = ok(r).put("count", all.size());
        ArrayNode data = out.putArray("data");
        for (PublicLibrary.Title t : all.subList(Math.min(start, all.size()), Math.min(all.size(), start + limit))) {
            data.addObject().put("tid", t.tid()).put("title", t.title()).put("type", t.type())
                    .put("categoryId", Long.toString(t.categoryId()));
        }
        return Answer.json(out);
    }

    private static int number(String value, int errcode) {
        try {
            int n = Integer.parseInt(value == null ? "" : value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the errcode
        }
        throw new ApiError(errcode, errcode == 200016 ? "start invalid" : "limit invalid");
    }

    private Answer keywords(Request r) {
        tokens.appIdFor(r);
        PublicLibrary.Title t = title(r.query("tid"));
        ObjectNode out = ok(r).put("count", t.keywords().size());
        ArrayNode data = out.putArray("data");
        t.keywords().forEach(k -> data.addObject().put("kid", k.kid()).put("name", k.name())
                .put("example", k.example()).put("rule", k.rule()));
        return Answer.json(out);
    }

    private static PublicLibrary.Title title(String tid) {
        PublicLibrary.Title t = null;
        try {
            t = tid == null ? null : PublicLibrary.title(Long.parseLong(tid));
        } catch (NumberFormatException e) {
            // unknown below
        }
        if (t == null) {
            throw new ApiError(200014, "template tid invalid");
        }
        return t;
    }

    private Answer add(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        PublicLibrary.Title t = title(b.path("tid").asText(null));
        List<PublicLibrary.Keyword> chosen = new ArrayList<>();
        for (JsonNode kid : b.path("kidList")) {
            PublicLibrary.Keyword k = t.keywords().stream().filter(x -> x.kid() == kid.asInt()).findFirst().orElse(null);
            if (k == null || chosen.contains(k)) {
                throw new ApiError(200020, "kidList invalid");
            }
            chosen.add(k);
        }
        if (chosen.size() < 2 || chosen.size() > 5) {
            throw new ApiError(200020, "kidList invalid");
        }
        String scene = b.path("sceneDesc").asText("");
        if (scene.codePointCount(0, scene.length()) > 15) {
            throw new ApiError(200021, "sceneDesc invalid");
        }
        String id = newId();
        synchronized (this) {
            Map<String, Added> mine = added.computeIfAbsent(appId, k -> new LinkedHashMap<>());
            if (mine.size() >= MAX_TEMPLATES) {
                throw new ApiError(200012, "private template count reached its limit");
            }
            mine.put(id, new Added(id, t, List.copyOf(chosen)));
        }
        return Answer.json(ok(r).put("priTmplId", id));
    }

    private Answer list(Request r) {
        String appId = tokens.appIdFor(r);
        List<Added> mine;
        synchronized (this) {
            mine = new ArrayList<>(added.getOrDefault(appId, Map.of()).values());
        }
        ObjectNode out = ok(r);
        ArrayNode data = out.putArray("data");
        for (Added a : mine) {
            StringBuilder content = new StringBuilder();
            StringBuilder example = new StringBuilder();
            for (PublicLibrary.Keyword k : a.keywords()) {
                content.append(k.name()).append(":{{").append(k.rule()).append(k.kid()).append(".DATA}}\n");
                example.append(k.name()).append(":").append(k.example()).append("\n");
            }
            data.addObject().put("priTmplId", a.id()).put("title", a.title().title())
                    .put("content", content.toString().strip()).put("example", example.toString().strip())
                    .put("type", a.title().type());
        }
        return Answer.json(out);
    }

    private Answer delete(Request r) {
        String appId = tokens.appIdFor(r);
        String id = r.json().path("priTmplId").asText("");
        synchronized (this) {
            Map<String, Added> mine = added.get(appId);
            if (mine == null || mine.remove(id) == null) {
                throw new ApiError(200014, "template id invalid");
            }
        }
        return Answer.json(ok(r));
    }

    private String newId() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).substring(0, 43);
    }

    private static ObjectNode ok(Request r) {
        return r.codec().object().put("errcode", 0).put("errmsg", "ok");
    }

    @Override
    public synchronized void reset() {
        added.clear();
    }
}
