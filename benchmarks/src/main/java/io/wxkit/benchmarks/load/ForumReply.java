package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A reply in a thread ({@code POST forum/threads/{id}/replies}): 201 with the reply as this user wrote it. */
final class ForumReply extends AppStep {
    static final Set<String> RULES = Set.of("THREAD_LOCKED", "RATE_LIMITED");
    private final List<Long> threads;

    ForumReply(WeChatSession session, Ledger ledger, List<Long> threads) {
        super(session, ledger);
        if (threads.isEmpty()) {
            throw new IllegalArgumentException("the forum has no thread to reply in");
        }
        this.threads = List.copyOf(threads);
    }

    @Override
    public String name() {
        return "forum reply post";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        long thread = threads.get(user.random().nextInt(threads.size()));
        String body = "负载测试回复 load test reply " + user.id() + "-" + user.next();
        return call(x, base, user, "POST", "forum/threads/" + thread + "/replies", Map.of("body", body)).thenApply(r -> {
            if (r.statusCode() != 201) {
                return refusal(x, base, user, r, RULES);
            }
            var reply = tree(r);
            ledger.add("forum reply");
            return reply.path("threadId").asLong() == thread && body.equals(reply.path("body").asText())
                    && user.openid().equals(reply.path("author").asText()) ? null : "not the reply sent: " + clip(r.body());
        });
    }
}
