package io.wxkit.emulator.internal.http;

/** Looks at each request before its handler runs (fault injection); returns an answer to cut it short. */
@FunctionalInterface
public interface Gate {
    /** Returns null to let the request through, or the answer to give instead (possibly {@link Answer#drop()}). */
    Answer before(Request request);
}
