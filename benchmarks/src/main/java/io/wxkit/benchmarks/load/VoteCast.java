package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A ballot in one of the app's polls ({@code POST vote/polls/{id}/ballots}) with a random allowed choice. 201 is
 * an accepted ballot (counted in the ledger per poll, for the post-run check); the poll's rules refusing it
 * (already voted, the day's ballots used, an option full) are right answers too.
 */
final class VoteCast extends AppStep {
    static final Set<String> RULES = Set.of("ALREADY_VOTED", "DAILY_LIMIT_REACHED", "OPTION_LIMIT_REACHED", "NOT_FOLLOWER");
    private final List<ExamplesCatalogue.Poll> polls;

    VoteCast(WeChatSession session, Ledger ledger, List<ExamplesCatalogue.Poll> polls) {
        super(session, ledger);
        if (polls.isEmpty()) {
            throw new IllegalArgumentException("the app has no poll to vote in");
        }
        this.polls = List.copyOf(polls);
    }

    @Override
    public String name() {
        return "vote cast";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        ExamplesCatalogue.Poll poll = polls.get(user.random().nextInt(polls.size()));
        List<Long> options = new ArrayList<>(poll.optionIds());
        java.util.Collections.shuffle(options, new java.util.Random(user.random().nextLong()));
        List<Long> chosen = options.subList(0, 1 + user.random().nextInt(poll.maxChoices()));
        return call(x, base, user, "POST", "vote/polls/" + poll.id() + "/ballots", Map.of("optionIds", chosen)).thenApply(r -> {
            if (r.statusCode() == 201) {
                ledger.add("vote accepted");
                return tree(r).path("pollId").asLong() == poll.id() ? null : "ballot of another poll: " + clip(r.body());
            }
            return refusal(x, base, user, r, RULES);
        });
    }
}
