package io.wxkit.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlGuardTest {

    @Test
    void loopbackHostsWithAndWithoutPorts() {
        assertThat(ControlGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(ControlGuard.isLoopback("127.0.0.1:65535")).isTrue();
        assertThat(ControlGuard.isLoopback("LocalHost:1")).isTrue();
        assertThat(ControlGuard.isLoopback("[::1]")).isTrue();
        assertThat(ControlGuard.isLoopback("[::1]:8080")).isTrue();
        assertThat(ControlGuard.isLoopback(null)).isFalse();
        assertThat(ControlGuard.isLoopback("")).isFalse();
        assertThat(ControlGuard.isLoopback("127.0.0.1:")).isFalse();
        assertThat(ControlGuard.isLoopback("127.0.0.1:1234567")).isFalse();
        assertThat(ControlGuard.isLoopback("localhost:80:80")).isFalse();
        assertThat(ControlGuard.isLoopback("[::1]x")).isFalse();
        assertThat(ControlGuard.isLoopback("[::1")).isFalse();
        assertThat(ControlGuard.isLoopback("localhost.evil.example")).isFalse();
        assertThat(ControlGuard.isLoopback("evil.example")).isFalse();
    }

    @Test
    void jsonMediaTypeWithAnyParameters() {
        assertThat(ControlGuard.isJson("application/json")).isTrue();
        assertThat(ControlGuard.isJson("Application/JSON ; charset=utf-8")).isTrue();
        assertThat(ControlGuard.isJson(null)).isFalse();
        assertThat(ControlGuard.isJson("text/plain")).isFalse();
        assertThat(ControlGuard.isJson("application/json-patch+json")).isFalse();
        assertThat(ControlGuard.isJson("text/plain; x=application/json")).isFalse();
    }
}
