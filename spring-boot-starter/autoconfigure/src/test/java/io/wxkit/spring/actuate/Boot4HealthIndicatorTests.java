package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.CaffeineDedupStore;
import org.junit.jupiter.api.Test;

/**
 * The Boot 4 adapter maps the check's outcome and details as they are. Named {@code *Tests}: the Boot 3.5 run
 * selects {@code *Test} (and excludes this file when it selects by default), because Boot 3.5 has no
 * spring-boot-health and this class could not even load there.
 */
class Boot4HealthIndicatorTests {

    @Test
    void upWithDetailsAndDownWhenRedisDoesNotAnswer() {
        var up = new Boot4HealthIndicator(WxHealthAutoConfigurationTest.checkWith(CaffeineDedupStore.create())).health();
        assertThat(up.getStatus().getCode()).isEqualTo("UP");
        assertThat(up.getDetails()).containsEntry("redis", "up").containsKey("accounts");
        var down = new Boot4HealthIndicator(WxHealthAutoConfigurationTest.checkWith(WxHealthAutoConfigurationTest.unreachable()))
                .health();
        assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(down.getDetails().toString()).contains("down: IllegalStateException").doesNotContain("hunter2");
    }
}
