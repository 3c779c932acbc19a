package io.wxkit.emulator.internal.pay;

import java.time.Instant;

/** One delivery attempt of a notification, as the control API lists it. */
record NotifyAttempt(Instant at, String event, String outcome, boolean accepted) {
}
