package io.wxkit.spring.actuate;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@link WxHealthCheck} as a Boot 3.5 health indicator ({@code org.springframework.boot.actuate.health}). */
final class Boot3HealthIndicator implements HealthIndicator {
    private final WxHealthCheck check;

    Boot3HealthIndicator(WxHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        WxHealthCheck.Snapshot s = check.check();
        return (s.up() ? Health.up() : Health.down()).withDetails(s.details()).build();
    }
}
