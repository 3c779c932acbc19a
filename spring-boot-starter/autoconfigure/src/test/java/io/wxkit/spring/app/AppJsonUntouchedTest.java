package io.wxkit.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own JSON is Boot's: on Boot 4 Jackson 3 ({@code tools.jackson}), with wxkit's private
 * Jackson 2 mappers on the classpath beside it and not one Jackson 2 {@code ObjectMapper} bean added.
 */
class AppJsonUntouchedTest {
    private static ConfigurableApplicationContext app;

    @SpringBootApplication
    @RestController
    static class JsonApp {
        @GetMapping("/json")
        Map<String, Object> json() {
            return Map.of("when", Instant.parse("2026-12-03T08:00:00Z"), "name", "mei");
        }
    }

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(JsonApp.class).properties("server.port=0", "server.address=127.0.0.1",
                "wxkit.store=memory", "wxkit.mp.app-id=wxjson0000001", "wxkit.mp.secret=s").run();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void wxkitAddsNoJackson2MapperBean() {
        boolean boot4 = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", null);
        String[] jackson2 = app.getBeanNamesForType(com.fasterxml.jackson.databind.ObjectMapper.class);
        if (boot4) {
            assertThat(jackson2).as("Boot 4 apps get Jackson 3; wxkit must not add a Jackson 2 mapper").isEmpty();
        } else {
            assertThat(jackson2).as("Boot 3's own mapper only").allMatch(name -> !name.startsWith("wx"));
        }
    }

    @Test
    void theAppsJsonIsBootsDefaultIsoDates() {
        String port = app.getEnvironment().getProperty("local.server.port");
        // Accept named: on Boot 3.5 the jackson-dataformat-xml that sdk-core needs also gives MVC an XML
        // converter, which clients that prefer XML would get (docs/decisions.md, issue 20). The JDK client
        // keeps the test free of Spring's HTTP client API, which differs between Spring 6.2 and 7.
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/json")).header("Accept", "application/json").build();
        String body;
        try {
            body = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(body).contains("\"name\":\"mei\"").contains("\"when\":\"2026-12-03T08:00:00Z\"");
    }
}
