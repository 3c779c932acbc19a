package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the examples app offers, read before the run by one signed-in setup user through the same endpoints the
 * phone uses (nothing is hard-coded: the ids are the app's): the polls, the wheel, the forum's boards and
 * threads, the shop's SKU with the most stock, the forms and answers that pass their fields.
 */
record ExamplesCatalogue(List<Poll> polls, long wheelId, List<Page> forumPages, List<Long> threads, Sku sku, List<Form> forms) {
    record Poll(long id, List<Long> optionIds, int maxChoices) {
    }

    record Page(String path, String mustShow) {
    }

    record Sku(long id, long priceFen, int stock) {
    }

    record Form(long id, Map<String, List<String>> answers) {
    }

    private static final Pattern LINK = Pattern.compile("href=\"(/(?:lottery|forms)/(\\d+))\"");

    /** Read by {@code setup}, who must be signed in at {@code base} already (a GET of a page behind the login does it). */
    static ExamplesCatalogue read(Exchange x, URI base, VirtualUser setup) throws Exception {
        List<Poll> polls = new ArrayList<>();
        for (JsonNode p : json(x, base, setup, "/wxkit/modules/vote/polls?size=50").path("items")) {
            List<Long> options = new ArrayList<>();
            p.path("options").forEach(o -> options.add(o.path("id").asLong()));
            polls.add(new Poll(p.path("id").asLong(), options, p.path("maxChoices").asInt(1)));
        }
        long wheel = -1;
        for (long id : ids(page(x, base, setup, "/lottery"), "/lottery/")) {
            if ("WHEEL".equals(json(x, base, setup, "/wxkit/modules/lottery/activities/" + id).path("mode").asText())) {
                wheel = id;
                break;
            }
        }
        if (wheel < 0) {
            throw new IllegalStateException("the app has no wheel activity");
        }
        List<Page> pages = new ArrayList<>();
        List<Long> threads = new ArrayList<>();
        for (JsonNode b : json(x, base, setup, "/wxkit/modules/forum/boards")) {
            long board = b.path("id").asLong();
            pages.add(new Page("/forum/board/" + board, b.path("name").asText()));
            for (JsonNode t : json(x, base, setup, "/wxkit/modules/forum/boards/" + board + "/threads?size=5").path("items")) {
                if (!t.path("locked").asBoolean()) {
                    threads.add(t.path("id").asLong());
                    pages.add(new Page("/forum/thread/" + t.path("id").asLong(), t.path("title").asText()));
                }
            }
        }
        Sku best = null;
        for (JsonNode c : json(x, base, setup, "/wxkit/modules/shop/categories")) {
            for (JsonNode p : json(x, base, setup, "/wxkit/modules/shop/categories/" + c.path("id").asLong() + "/products")) {
                for (JsonNode s : p.path("skus")) {
                    if (p.path("onShelf").asBoolean() && (best == null || s.path("stock").asInt() > best.stock())) {
                        best = new Sku(s.path("id").asLong(), s.path("priceFen").asLong(), s.path("stock").asInt());
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("the shop has nothing on the shelf");
        }
        List<Form> forms = new ArrayList<>();
        for (long id : ids(page(x, base, setup, "/forms"), "/forms/")) {
            forms.add(new Form(id, answers(json(x, base, setup, "/wxkit/modules/forms/forms/" + id).path("fields"))));
        }
        return new ExamplesCatalogue(polls, wheel, pages, threads, best, forms);
    }

    /** Answers for the required fields that pass their type and bounds (the optional ones are left out). */
    static Map<String, List<String>> answers(JsonNode fields) {
        Map<String, List<String>> a = new LinkedHashMap<>();
        for (JsonNode f : fields) {
            if (!f.path("required").asBoolean()) {
                continue;
            }
            String key = f.path("key").asText();
            switch (f.path("type").asText()) {
                case "PHONE" -> a.put(key, List.of("13800138000"));
                case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> a.put(key, List.of(f.path("options").get(0).asText()));
                case "NUMBER" -> a.put(key, List.of(f.path("min").isNull() ? "1" : f.path("min").asText()));
                case "EMAIL" -> a.put(key, List.of("load@example.com"));
                case "TEXT", "TEXTAREA" -> a.put(key, List.of("负载测试"));
                default -> throw new IllegalStateException("the driver cannot answer a required " + f.path("type").asText()
                        + " field (" + key + ")");
            }
        }
        return a;
    }

    private static JsonNode json(Exchange x, URI base, VirtualUser user, String path) throws Exception {
        HttpResponse<String> r = x.get(user, WeChatSession.ROLE, URI.create(base + path)).get(30, TimeUnit.SECONDS);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return AppStep.tree(r);
    }

    private static String page(Exchange x, URI base, VirtualUser user, String path) throws Exception {
        return x.get(user, WeChatSession.ROLE, URI.create(base + path)).get(30, TimeUnit.SECONDS).body();
    }

    private static TreeSet<Long> ids(String html, String prefix) {
        TreeSet<Long> ids = new TreeSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                ids.add(Long.parseLong(m.group(2)));
            }
        }
        return ids;
    }
}
