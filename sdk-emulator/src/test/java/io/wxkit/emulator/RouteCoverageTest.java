package io.wxkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every WeChat path the SDK's own code calls has an emulator route (issue 13), so a gap cannot come back
 * unnoticed. The paths are read from the source of sdk-core, sdk-mp and sdk-pay as text: the emulator must
 * not depend on the client code it checks. A path counts as routed unless the router itself answers that
 * it knows no such path (its plain {@code 404 not found}); a handler's own 404 (an unknown order) or a 405
 * for the other method means the route is there.
 */
class RouteCoverageTest {
    /** A WeChat path literal, optionally followed by {@code + expr + "/suffix"} (a path parameter). */
    private static final Pattern LITERAL = Pattern.compile(
            "\"(/?(?:cgi-bin|sns|datacube|wxaapi|v3|mmpaymkttransfers|customservice)/[^\"\\s]*)\""
                    + "(?:\\s*\\+\\s*[^\"+;]+?\\s*\\+\\s*\"(/[^\"\\s]*)\")?");
    private static final Pattern DATACUBE_NAME = Pattern.compile("\"(get[a-z]+)\"");

    private static WxEmulator emulator;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void everyPathTheSdkCallsIsRouted() throws Exception {
        Set<String> paths = sdkPaths();
        assertThat(paths).as("the scan found the SDK's paths").hasSizeGreaterThan(120)
                .contains("/cgi-bin/stable_token", "/datacube/getusersummary", "/v3/pay/transactions/jsapi",
                        "/v3/pay/transactions/out-trade-no/id/close", "/mmpaymkttransfers/sendgroupredpack");

        List<String> unrouted = new ArrayList<>();
        for (String path : paths) {
            if (!routed(path)) {
                unrouted.add(path);
            }
        }
        assertThat(unrouted).as("SDK paths without an emulator route").isEmpty();
    }

    @Test
    void anUnknownPathIsReportedAsUnrouted() throws Exception {
        assertThat(routed("/cgi-bin/no/such/endpoint")).isFalse();
    }

    private static boolean routed(String path) throws IOException, InterruptedException {
        for (String method : List.of("GET", "POST")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean routerUnknown = r.statusCode() == 404 && r.body().strip().equals("not found");
            if (!routerUnknown) {
                return true;
            }
        }
        return false;
    }

    static Set<String> sdkPaths() {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Set<String> paths = new TreeSet<>();
        for (String module : List.of("sdk-core", "sdk-mp", "sdk-pay")) {
            for (Path file : javaFiles(root.resolve(module).resolve("src/main/java"))) {
                scan(read(file), paths);
            }
        }
        return paths;
    }

    private static void scan(String source, Set<String> paths) {
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                continue; // Javadoc and comments name paths too; only code calls them
            }
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String path = m.group(1);
                if (path.equals("/datacube/") || path.equals("datacube/")) {
                    continue; // expanded from the names below
                }
                int query = path.indexOf('?');
                if (query >= 0) {
                    path = path.substring(0, query);
                }
                // a parameter's value: "id" also stands for the one parameter that picks a lookup kind
                // ("/v3/pay/transactions/" + kind + "/" + id, kind being "id" or "out-trade-no")
                if (path.endsWith("/")) {
                    path = path + "id";
                }
                if (m.group(2) != null) {
                    path = path + m.group(2) + (m.group(2).endsWith("/") ? "p2" : "");
                }
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        if (source.contains("\"/datacube/\"")) {
            Matcher names = DATACUBE_NAME.matcher(source);
            while (names.find()) {
                paths.add("/datacube/" + names.group(1));
            }
        }
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
