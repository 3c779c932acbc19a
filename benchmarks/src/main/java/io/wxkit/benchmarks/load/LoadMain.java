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
 * {@code --check} may repeat (two {@code --base} = two-instance mode).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.load.LoadMain \
 *   --base http://127.0.0.1:8080 [--base http://127.0.0.1:8081] \
 *   --account wxAPPID,gh_ORIGINALID,TOKEN,ENCODING_AES_KEY,/wx/callback \
 *   --mix text=3,click=1,subscribe=1 --click-key NEWS --users 200 --seconds 60 --max-requests 2000000 \
 *   [--knee 25,50,100,200,400,800] [--jdbc jdbc:postgresql://127.0.0.1:5432/app --check "name=SELECT ..."] \
 *   [--out target/load]
 * }</pre>
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> o = parse(args);
        LoadPlan plan = plan(o);
        LoadDriver driver = new LoadDriver(Integer.parseInt(one(o, "threads", "8")));
        Path out = Path.of(one(o, "out", "target/load"));
        Files.createDirectories(out);
        List<PostRunCheck> checks = new ArrayList<>();
        for (String c : o.getOrDefault("check", List.of())) {
            int eq = c.indexOf('=');
            checks.add(PostRunCheck.sql(c.substring(0, eq), one(o, "jdbc", null), "postgres", c.substring(eq + 1)));
        }
        if (o.containsKey("knee")) {
            int[] steps = Arrays.stream(one(o, "knee", null).split(",")).mapToInt(Integer::parseInt).toArray();
            KneeSearch.Result knee = KneeSearch.run(driver, plan, steps, Duration.ofSeconds(1));
            Files.writeString(out.resolve("knee.md"), knee.markdown());
            LoadChart.write(knee, out.resolve("latency-vs-users.png"));
            System.out.println(knee.markdown());
            return;
        }
        LoadReport report = driver.run(plan, checks);
        Files.writeString(out.resolve("report.md"), report.markdown());
        System.out.println(report.markdown());
        if (!report.checksHold()) {
            System.exit(2);
        }
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
