package io.wxkit.core.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TokenSource} that hands out TOKEN-1, TOKEN-2, ... and records invalidations. */
final class FakeTokens implements TokenSource {
    final AtomicInteger generation = new AtomicInteger(1);
    final List<String> invalidated = new CopyOnWriteArrayList<>();

    @Override
    public String accessToken() {
        return "TOKEN-" + generation.get();
    }

    @Override
    public void invalidate(String staleToken) {
        invalidated.add(staleToken);
        generation.compareAndSet(Integer.parseInt(staleToken.substring(6)), Integer.parseInt(staleToken.substring(6)) + 1);
    }
}
