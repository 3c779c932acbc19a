package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.CaffeineDedupStore;
import org.junit.jupiter.api.Test;

/** The Boot 3 adapter maps the check's outcome and details as they are. */
class Boot3HealthIndicatorTest {

    @Test
    void upWithDetailsAndDownWhenRedisDoesNotAnswer() {
        var up = new Boot3HealthIndicator(WxHealthAutoConfigurationTest.checkWith(CaffeineDedupStore.create())).health();
        assertThat(up.getStatus().getCode()).isEqualTo("UP");
        assertThat(up.getDetails()).containsEntry("redis", "up").containsKey("accounts");
        var down = new Boot3HealthIndicator(WxHealthAutoConfigurationTest.checkWith(WxHealthAutoConfigurationTest.unreachable()))
                .health();
        assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(down.getDetails().toString()).contains("down: IllegalStateException").doesNotContain("hunter2");
    }
}
