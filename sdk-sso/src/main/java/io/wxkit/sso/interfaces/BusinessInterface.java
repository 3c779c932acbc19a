package io.wxkit.sso.interfaces;

import java.time.Instant;
import java.util.Objects;

/**
 * One registered business interface as stored: its definition plus the registry's bookkeeping.
 *
 * @param id the registry's id (stable across versions)
 * @param spec the current definition
 * @param position the routing order: lower positions are tried first
 * @param enabled whether the router uses it
 * @param version 1 on creation, +1 on every change (the optimistic-concurrency token)
 * @param updatedBy who made the last change
 * @param updatedAt when
 */
public record BusinessInterface(String id, InterfaceSpec spec, int position, boolean enabled, int version,
                                String updatedBy, Instant updatedAt) {
    /**
     * Validates the required fields.
     *
     * @param id the registry's id (stable across versions)
     * @param spec the current definition
     * @param position the routing order: lower positions are tried first
     * @param enabled whether the router uses it
     * @param version 1 on creation, +1 on every change (the optimistic-concurrency token)
     * @param updatedBy who made the last change
     * @param updatedAt when
     */
    public BusinessInterface {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
