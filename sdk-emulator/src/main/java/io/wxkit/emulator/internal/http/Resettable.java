package io.wxkit.emulator.internal.http;

/** A piece of emulator state that {@code POST /emulator/reset} clears. */
@FunctionalInterface
public interface Resettable {
    /** Forgets everything this piece holds. */
    void reset();
}
