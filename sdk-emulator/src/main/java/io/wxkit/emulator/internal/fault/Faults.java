package io.wxkit.emulator.internal.fault;

import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Gate;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The emulator's fault table: each matching request consumes one use of the first matching fault. Thread-safe.
 */
public final class Faults implements Gate, Resettable {
    private final List<Slot> slots = new ArrayList<>();
    private final Json json;
    private final Consumer<Request> tokenInvalidator;

    /**
     * @param tokenInvalidator invalidates the access tokens of the account behind a request (the
     *                         {@code invalidate-token} fault)
     */
    public Faults(Json json, Consumer<Request> tokenInvalidator) {
        this.json = json;
        this.tokenInvalidator = tokenInvalidator;
    }

    /** Adds a fault after the ones already waiting. */
    public synchronized void add(Fault fault) {
        slots.add(new Slot(fault, fault.times()));
    }

    /** The faults still waiting, with their remaining counts. */
    public synchronized List<Fault> pending() {
        List<Fault> out = new ArrayList<>();
        for (Slot s : slots) {
            out.add(new Fault(s.fault.path(), s.fault.kind(), s.remaining, s.fault.latency()));
        }
        return out;
    }

    @Override
    public synchronized void reset() {
        slots.clear();
    }

    @Override
    public Answer before(Request request) {
        if (request.path().startsWith("/emulator")) {
            return null; // the control API itself is never faulted
        }
        Fault fault = take(request.path());
        if (fault == null) {
            return null;
        }
        boolean pay = request.path().startsWith("/v3/") || request.path().startsWith("/mmpay");
        switch (fault.kind()) {
            case LATENCY -> {
                sleep(fault);
                return null;
            }
            case BUSY -> {
                return pay ? Answer.json(500, json.object().put("code", "SYSTEM_ERROR").put("message", "系统繁忙"))
                        : Answer.json(json.object().put("errcode", -1).put("errmsg", "system error"));
            }
            case HTTP5XX -> {
                return Answer.text(503, "Service Unavailable");
            }
            case DROP -> {
                return Answer.drop();
            }
            case INVALIDATE_TOKEN -> {
                tokenInvalidator.accept(request);
                return null;
            }
            default -> throw new IllegalStateException("unhandled fault kind " + fault.kind());
        }
    }

    private synchronized Fault take(String path) {
        for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
            Slot s = it.next();
            if (s.fault.matches(path)) {
                if (--s.remaining == 0) {
                    it.remove();
                }
                return s.fault;
            }
        }
        return null;
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.latency().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Slot {
        private final Fault fault;
        private int remaining;

        private Slot(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
