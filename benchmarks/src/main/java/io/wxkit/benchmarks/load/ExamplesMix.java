package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The examples-app mix (issue 23): callbacks (through the emulator), vote casts, lottery draws, forum page reads
 * and replies, shop order → pay → paid, form submissions, SSO sign-ins with ticket redemption and admin console
 * pages, by fake users of the emulator who sign in once through WeChat's web authorization and then loop. Built
 * from what the running app offers ({@link ExamplesCatalogue}); checked afterwards against its database
 * ({@link ExamplesChecks}).
 */
final class ExamplesMix {
    static final String DEFAULT_MIX = "text=3,click=1,subscribe=1,vote=3,lottery=2,forum-read=4,forum-post=1,shop=1,form=1,sso=1,admin=1";
    static final String SERVICE_APP_ID = "wxdemosvc00000001";
    static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/messages", "/admin/users", "/admin/analytics", "/admin/audit");

    /** The mix, who runs it, and the check after it. */
    record Setup(List<LoadOperation.Weighted> mix, Population population, PostRunCheck.Many checks, Ledger ledger) {
    }

    private ExamplesMix() {
    }

    /**
     * Reads the app (through the first base URL), makes the operations and, with {@code jdbc}, the check.
     *
     * @param weights    {@code name=weight,...} of {@link #DEFAULT_MIX}'s names
     * @param adminUser  the staff account for the console pages; its password comes from the environment
     *                   ({@code WXKIT_LOAD_ADMIN_PASSWORD}), never the command line; without it there is no admin step
     * @param signed     the account's callback keys when known ({@link SeededAccount}): callbacks are then signed by
     *                   the driver and sent to either instance; otherwise the emulator delivers them
     * @param shopStock  when positive (and with {@code jdbc}), the SKU bought is topped up to this stock first, so a
     *                   long run measures the purchase rather than the sold-out refusal
     */
    static Setup create(LoadTarget target, URI emulator, String appId, String weights, String jdbc, String adminUser,
                        String adminPassword, int shopStock, CallbackOperation.Account signed) throws Exception {
        Ledger ledger = new Ledger();
        EmulatorUsers population = new EmulatorUsers(emulator, appId);
        URI base = target.bases().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExamplesCatalogue catalogue;
        try {
            HttpClient client = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
            Exchange x = new Exchange(client, pool, (step, nanos, error) -> { });
            VirtualUser setup = new VirtualUser(-1, population.openids("setup", 1).get(0), 1);
            x.get(setup, WeChatSession.ROLE, URI.create(base + "/forum")).get();
            catalogue = ExamplesCatalogue.read(x, base, setup);
        } finally {
            pool.shutdownNow();
        }
        if (shopStock > 0 && jdbc != null) {
            topUp(jdbc, catalogue.sku(), shopStock);
        }
        WeChatSession session = new WeChatSession(catalogue.forumPages().get(0).path() + "/new");
        Map<String, LoadOperation> ops = new LinkedHashMap<>();
        if (signed == null) {
            ops.put("text", new EmulatorCallback(EmulatorCallback.Kind.TEXT, emulator, "你好", ledger));
            ops.put("click", new EmulatorCallback(EmulatorCallback.Kind.CLICK, emulator, "NEWS", ledger));
            ops.put("subscribe", new EmulatorCallback(EmulatorCallback.Kind.SUBSCRIBE, emulator, "", ledger));
        } else {
            // keys at hand (the installation's seed): signed here, each sent to either instance at random
            ops.put("text", new CallbackOperation(CallbackOperation.Kind.TEXT, signed, "你好"));
            ops.put("click", new CallbackOperation(CallbackOperation.Kind.CLICK, signed, "NEWS"));
            ops.put("subscribe", new CallbackOperation(CallbackOperation.Kind.SUBSCRIBE, signed, ""));
            if (target.bases().size() == 2) {
                ops.put("redelivery", new DuplicateCallback(signed, target.bases(), ledger));
            }
        }
        ops.put("vote", new VoteCast(session, ledger, catalogue.polls()));
        ops.put("lottery", new LotteryDraw(session, ledger, catalogue.wheelId()));
        ops.put("forum-read", new ForumRead(session, ledger, catalogue.forumPages()));
        ops.put("forum-post", new ForumReply(session, ledger, catalogue.threads()));
        ops.put("shop", new ShopOrderPay(session, ledger, emulator, catalogue.sku()));
        ops.put("form", new FormSubmit(session, ledger, catalogue.forms()));
        ops.put("sso", new SsoLogin(session, ledger, "library"));
        if (adminPassword != null && !adminPassword.isEmpty()) {
            ops.put("admin", new AdminPages(adminUser, adminPassword, ADMIN_PAGES, 4));
        }
        List<LoadOperation.Weighted> mix = new ArrayList<>();
        String all = ops.containsKey("redelivery") && !weights.contains("redelivery") ? weights + ",redelivery=1" : weights;
        for (String part : all.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("admin") && !ops.containsKey("admin")) {
                System.out.println("  no admin console pages in the mix: set WXKIT_LOAD_ADMIN_PASSWORD (the password the app printed"
                        + " for its first administrator)");
                continue;
            }
            LoadOperation op = ops.get(kv[0]);
            if (op == null) {
                throw new IllegalArgumentException("unknown operation " + kv[0] + " (" + String.join(", ", ops.keySet()) + ")");
            }
            mix.add(new LoadOperation.Weighted(op, Integer.parseInt(kv[1])));
        }
        PostRunCheck.Many database = jdbc == null ? r -> List.of() : new ExamplesChecks(jdbc, "postgres", ledger);
        TokenGrants tokens = TokenGrants.before(emulator);
        PostRunCheck.Many checks = r -> {
            List<PostRunCheck.Outcome> outcomes = new ArrayList<>(database.checks(r));
            outcomes.addAll(tokens.checks(r));
            return outcomes;
        };
        return new Setup(mix, population, checks, ledger);
    }

    private static void topUp(String jdbc, ExamplesCatalogue.Sku sku, int stock) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement s = c.prepareStatement("UPDATE wxkit_shop_sku SET stock = GREATEST(stock, ?) WHERE id = ?")) {
            s.setInt(1, stock);
            s.setLong(2, sku.id());
            s.executeUpdate();
        }
        System.out.printf("  SKU %d topped up to %,d units for the run%n", sku.id(), stock);
    }
}
