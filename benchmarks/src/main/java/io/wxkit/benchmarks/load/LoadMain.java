package io.wxkit.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load driver from the command line. Every option is {@code --name value}; {@code --base} and
 * {@code --check} may repeat (two {@code --base} = two-instance mode). {@code --think-ms} is the mean pause
 * between a user's operations (0, the default: a closed loop with no pause, a saturation test; see
 * {@link LoadPlan#thinkTime()}); {@code --warmup-seconds} runs the knee's first step (or, without
 * {@code --knee}, the whole plan) once for that long, unreported, before the measured run, so the figures do not
 * carry the JIT's warm-up. The examples checks compare the database with everything the driver did, warm-up
 * included.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.load.LoadMain \
 *   --base http://127.0.0.1:8080 [--base http://127.0.0.1:8081] \
 *   --account wxAPPID,gh_ORIGINALID,TOKEN,ENCODING_AES_KEY,/wx/callback \
 *   --mix text=3,click=1,subscribe=1 --click-key NEWS --users 200 --seconds 60 --max-requests 2000000 \
 *   [--think-ms 0] [--knee 25,50,100,200,400,800 [--warmup-seconds 30]] [--jdbc jdbc:postgresql://127.0.0.1:5432/app --check "name=SELECT ..."] \
 *   [--out target/load]
 *
 * # without an app at hand: N (1 or 2) in-process instances of LocalCallbackApp (sdk-mp's callback
 * # handler behind the JDK HTTP server, random account keys), each with W worker threads
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.load.LoadMain --local-app 1 --local-workers 8 \
 *   --users 200 --seconds 30 [--knee 25,50,100,200,400,800,1600]
 * }</pre>
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> o = parse(args);
        List<LocalCallbackApp> local = new ArrayList<>();
        try {
            int instances = Integer.parseInt(one(o, "local-app", "0"));
            int workers = Integer.parseInt(one(o, "local-workers", "8"));
            for (int i = 0; i < instances; i++) {
                local.add(i == 0 ? new LocalCallbackApp(workers, Duration.ZERO)
                        : new LocalCallbackApp(workers, Duration.ZERO, local.get(0).token, local.get(0).encodingAesKey));
            }
            if (!local.isEmpty()) {
                CallbackOperation.Account a = local.get(0).account();
                o.put("account", List.of(String.join(",", a.appId(), a.originalId(), a.token(), a.encodingAesKey(),
                        a.callbackPath())));
                o.put("base", local.stream().map(LocalCallbackApp::baseUrl).toList());
            }
            run(o, local);
        } finally {
            local.forEach(LocalCallbackApp::close);
        }
    }

    private static void run(Map<String, List<String>> o, List<LocalCallbackApp> local) throws Exception {
        ExamplesMix.Setup examples = o.containsKey("emulator") ? examples(o) : null;
        LoadPlan plan = (examples == null ? plan(o) : plan(o, examples.mix(), examples.population()))
                .withThinkTime(Duration.ofMillis(Long.parseLong(one(o, "think-ms", "0"))));
        LoadDriver driver = new LoadDriver(Integer.parseInt(one(o, "threads", "8")));
        Path out = Path.of(one(o, "out", "target/load"));
        Files.createDirectories(out);
        Duration warmUp = Duration.ofSeconds(Long.parseLong(one(o, "warmup-seconds", "0")));
        if (!o.containsKey("knee")) {
            warmUp(driver, plan, warmUp, out);
        }
        List<PostRunCheck> checks = new ArrayList<>();
        if (!local.isEmpty()) {
            long routedBefore = local.stream().mapToLong(a -> a.texts.get()).sum();
            checks.add(report -> {
                long routed = local.stream().mapToLong(a -> a.texts.get()).sum() - routedBefore;
                long sent = report.rows().stream().filter(r -> r.operation().equals("callback text"))
                        .mapToLong(r -> r.requests() - r.errors()).sum();
                return new PostRunCheck.Outcome("every answered text routed once", routed == sent,
                        routed + " routed by the app(s), " + sent + " answered");
            });
        }
        for (String c : o.getOrDefault("check", List.of())) {
            int eq = c.indexOf('=');
            checks.add(PostRunCheck.sql(c.substring(0, eq), one(o, "jdbc", null), "postgres", c.substring(eq + 1)));
        }
        if (o.containsKey("knee")) {
            int[] steps = Arrays.stream(one(o, "knee", null).split(",")).mapToInt(Integer::parseInt).toArray();
            KneeSearch.Result knee = KneeSearch.run(driver, plan, steps, Duration.ofSeconds(1), warmUp);
            StringBuilder md = new StringBuilder(knee.markdown());
            knee.steps().forEach(step -> md.append("\n").append(step.report().markdown()));
            Files.writeString(out.resolve("knee.md"), md);
            LoadChart.write(knee, out.resolve("latency-vs-users.png"));
            System.out.println(knee.markdown());
            return;
        }
        LoadReport report = driver.run(plan, checks);
        if (examples != null) {
            List<PostRunCheck.Outcome> all = new ArrayList<>(report.checks());
            all.addAll(examples.checks().checks(report));
            report = report.withChecks(all);
            StringBuilder told = new StringBuilder("\nwhat the app answered (ledger):\n");
            examples.ledger().counts().forEach((k, v) -> told.append(String.format("- %s: %,d%n", k, v)));
            Files.writeString(out.resolve("ledger.md"), told);
            System.out.println(told);
        }
        Files.writeString(out.resolve("report.md"), report.markdown());
        System.out.println(report.markdown());
        if (!report.checksHold()) {
            throw new IllegalStateException("a post-run check failed (see the report)");
        }
    }

    /**
     * A fresh app spends its first minute compiling (with think time its JIT threads took half its CPU): the same
     * plan runs once for {@code warmUp}, kept apart in {@code warmup.md}, so the measured run is the warm app.
     */
    private static void warmUp(LoadDriver driver, LoadPlan plan, Duration warmUp, Path out) throws Exception {
        if (warmUp.toSeconds() > 0) {
            LoadReport w = driver.run(plan.withDuration(warmUp));
            Files.writeString(out.resolve("warmup.md"), w.markdown());
            System.out.printf("warm-up (not measured): %d users for %d s, %,.0f req/s, %d errors%n",
                    plan.users(), warmUp.toSeconds(), w.total().perSecond(), w.total().errors());
        }
    }

    /**
     * The examples-app mix: {@code --emulator URL} (the emulator the app uses), {@code --mix} of
     * {@link ExamplesMix#DEFAULT_MIX}'s names, {@code --jdbc} for the post-run check and {@code --shop-stock}, and
     * {@code --admin-user} (default {@code admin}) with the password in {@code WXKIT_LOAD_ADMIN_PASSWORD}.
     */
    static ExamplesMix.Setup examples(Map<String, List<String>> o) throws Exception {
        LoadTarget target = LoadTarget.of(o.getOrDefault("base", List.of("http://127.0.0.1:8080")).toArray(String[]::new));
        return ExamplesMix.create(target, java.net.URI.create(one(o, "emulator", null)), one(o, "app-id", ExamplesMix.SERVICE_APP_ID),
                one(o, "mix", ExamplesMix.DEFAULT_MIX), o.containsKey("jdbc") ? one(o, "jdbc", null) : null,
                one(o, "admin-user", "admin"), System.getenv("WXKIT_LOAD_ADMIN_PASSWORD"),
                Integer.parseInt(one(o, "shop-stock", "0")), seeded(o));
    }

    /** {@code --account-seed DATA_DIR}: the service account's keys from the installation's seed ({@link SeededAccount}). */
    private static CallbackOperation.Account seeded(Map<String, List<String>> o) throws Exception {
        if (!o.containsKey("account-seed")) {
            return null;
        }
        String appId = one(o, "app-id", ExamplesMix.SERVICE_APP_ID);
        java.net.URI emulator = java.net.URI.create(one(o, "emulator", null));
        String accounts = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                emulator.resolve("/emulator/accounts")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String originalId = null;
        for (com.fasterxml.jackson.databind.JsonNode a : AppStep.JSON.readTree(accounts)) {
            if (a.path("appId").asText().equals(appId)) {
                originalId = a.path("originalId").asText();
            }
        }
        if (originalId == null) {
            throw new IllegalArgumentException("the emulator has no account " + appId);
        }
        return SeededAccount.of(java.nio.file.Path.of(one(o, "account-seed", null)), appId, originalId,
                one(o, "callback-path", "/wx/callback/svc"));
    }

    static LoadPlan plan(Map<String, List<String>> o, List<LoadOperation.Weighted> mix, Population population) {
        LoadTarget target = LoadTarget.of(o.getOrDefault("base", List.of("http://127.0.0.1:8080")).toArray(String[]::new));
        return new LoadPlan(target, mix, Integer.parseInt(one(o, "users", "200")),
                Duration.ofSeconds(Long.parseLong(one(o, "seconds", "60"))), Long.parseLong(one(o, "max-requests", "5000000")),
                Duration.ofMillis(Long.parseLong(one(o, "ramp-ms", "2000"))), Duration.ofSeconds(10), population);
    }

    static LoadPlan plan(Map<String, List<String>> o) {
        LoadTarget target = LoadTarget.of(o.getOrDefault("base", List.of("http://127.0.0.1:8080")).toArray(String[]::new));
        String[] a = one(o, "account", null).split(",", 5);
        if (a.length != 5) {
            throw new IllegalArgumentException("--account appId,originalId,token,encodingAesKey,callbackPath");
        }
        CallbackOperation.Account account = new CallbackOperation.Account(a[0], a[1], a[2], a[3], a[4]);
        List<LoadOperation.Weighted> mix = new ArrayList<>();
        for (String part : one(o, "mix", "text=3,click=1,subscribe=1").split(",")) {
            String[] kv = part.split("=", 2);
            CallbackOperation op = switch (kv[0]) {
                case "text" -> new CallbackOperation(CallbackOperation.Kind.TEXT, account, one(o, "text", "hello"));
                case "click" -> new CallbackOperation(CallbackOperation.Kind.CLICK, account, one(o, "click-key", "NEWS"));
                case "subscribe" -> new CallbackOperation(CallbackOperation.Kind.SUBSCRIBE, account, "");
                default -> throw new IllegalArgumentException("unknown operation " + kv[0] + " (text, click, subscribe)");
            };
            mix.add(new LoadOperation.Weighted(op, Integer.parseInt(kv[1])));
        }
        return new LoadPlan(target, mix, Integer.parseInt(one(o, "users", "200")),
                Duration.ofSeconds(Long.parseLong(one(o, "seconds", "60"))), Long.parseLong(one(o, "max-requests", "5000000")),
                Duration.ofMillis(Long.parseLong(one(o, "ramp-ms", "2000"))), Duration.ofSeconds(10));
    }

    static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> o = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs; bad at " + args[i]);
            }
            o.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return o;
    }

    private static String one(Map<String, List<String>> o, String name, String fallback) {
        List<String> v = o.get(name);
        if (v == null || v.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return fallback;
        }
        return v.get(v.size() - 1);
    }
}
