package io.wxkit.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain {@link Socket}: the header names of an answer exactly as they crossed the wire, which
 * every HTTP client library normalises away.
 */
public final class RawHttp {
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** One answer: the status, every header line in order with its name as sent, and the body. */
    public record Answer(int status, List<Map.Entry<String, String>> headers, String body) {
        /** The header names as sent. */
        public List<String> names() {
            return headers.stream().map(Map.Entry::getKey).toList();
        }

        /** The value of the header spelled exactly {@code name}, or null. */
        public String exact(String name) {
            return headers.stream().filter(h -> h.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }
    }

    /** Sends {@code method target} with a loopback Host, the given extra header lines and body. */
    public Answer send(String method, String target, List<String> headerLines, String body) {
        List<String> lines = new ArrayList<>();
        lines.add("Host: 127.0.0.1:" + port);
        lines.addAll(headerLines);
        return sendExactly(method, target, lines, body);
    }

    /** Sends exactly these header lines (no Host added) plus Content-Length and Connection: close. */
    public Answer sendExactly(String method, String target, List<String> headerLines, String body) {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headerLines.forEach(h -> head.append(h).append("\r\n"));
        head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(payload);
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer head: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
        }
        return new Answer(status, List.copyOf(headers), text.substring(end + 4));
    }
}
