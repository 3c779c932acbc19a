package io.wxkit.spring.actuate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@link WxHealthCheck} as a Boot 4 health indicator ({@code org.springframework.boot.health}). */
final class Boot4HealthIndicator implements HealthIndicator {
    private final WxHealthCheck check;

    Boot4HealthIndicator(WxHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        WxHealthCheck.Snapshot s = check.check();
        return (s.up() ? Health.up() : Health.down()).withDetails(s.details()).build();
    }
}
