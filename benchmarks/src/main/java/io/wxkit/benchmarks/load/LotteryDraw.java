package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A spin of the wheel ({@code POST lottery/activities/{id}/spin}): a win names its prize and redemption code
 * (counted in the ledger), a miss names nothing; the activity's draw limits and a prize run out are right
 * answers too. The post-run check holds every prize's stock to the wins.
 */
final class LotteryDraw extends AppStep {
    static final Set<String> RULES = Set.of("DRAW_LIMIT_REACHED", "DAILY_DRAW_LIMIT_REACHED", "OUT_OF_STOCK");
    private final long activityId;

    LotteryDraw(WeChatSession session, Ledger ledger, long activityId) {
        super(session, ledger);
        this.activityId = activityId;
    }

    @Override
    public String name() {
        return "lottery draw";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        return call(x, base, user, "POST", "lottery/activities/" + activityId + "/spin", null).thenApply(r -> {
            if (r.statusCode() != 200) {
                return refusal(x, base, user, r, RULES);
            }
            JsonNode draw = tree(r);
            if (draw.path("won").asBoolean()) {
                ledger.add("lottery win");
                return draw.hasNonNull("code") && draw.hasNonNull("prizeId") ? null : "a win without prize or code: " + clip(r.body());
            }
            ledger.add("lottery miss");
            return draw.hasNonNull("code") ? "a miss with a code: " + clip(r.body()) : null;
        });
    }
}
