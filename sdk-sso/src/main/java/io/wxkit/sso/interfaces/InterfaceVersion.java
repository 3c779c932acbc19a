package io.wxkit.sso.interfaces;

import java.time.Instant;

/**
 * One entry of an interface's version history.
 *
 * @param interfaceId the interface
 * @param version the version this change produced
 * @param change {@code create}, {@code update}, {@code enable}, {@code disable}, {@code move} or {@code delete}
 * @param spec the definition after the change
 * @param position the position after the change
 * @param enabled whether it was enabled after the change
 * @param changedBy who
 * @param changedAt when
 */
public record InterfaceVersion(String interfaceId, int version, String change, InterfaceSpec spec, int position,
                               boolean enabled, String changedBy, Instant changedAt) {
}
