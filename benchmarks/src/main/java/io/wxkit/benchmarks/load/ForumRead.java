package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A forum page as the phone opens it: a board's thread list or a thread with its floors (the H5 pages, server
 * rendered). Right when it is the page asked for (not the login, not an error page) and carries the thread's or
 * board's title.
 */
final class ForumRead extends AppStep {
    private final List<ExamplesCatalogue.Page> pages;

    ForumRead(WeChatSession session, Ledger ledger, List<ExamplesCatalogue.Page> pages) {
        super(session, ledger);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the forum has no page to read");
        }
        this.pages = List.copyOf(pages);
    }

    @Override
    public String name() {
        return "forum page read";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        ExamplesCatalogue.Page page = pages.get(user.random().nextInt(pages.size()));
        return read(x, base, user, page.path()).thenApply(r -> {
            if (r.statusCode() != 200 || !r.uri().getPath().equals(page.path())) {
                return "HTTP " + r.statusCode() + " at " + r.uri().getPath();
            }
            return r.body().contains(page.mustShow()) ? null : "the page does not show " + page.mustShow();
        });
    }
}
