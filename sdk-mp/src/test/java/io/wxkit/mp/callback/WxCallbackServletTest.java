package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The servlet adapter passes the raw query and body through and writes status, type and body back. */
class WxCallbackServletTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
            .clock(clock).on(Text.class, m -> Reply.text(m, "via servlet")).build();

    @Test
    void aSignedPostIsAnsweredWithTheReply() throws Exception {
        CallbackRequest request = wechat.safe(Shared.sample("inbound-text.xml"));
        FakeResponse resp = new FakeResponse();

        new WxCallbackServlet(handler).doPost(request("POST", query(request.query()), request.body()), resp.proxy());

        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.contentType).startsWith("application/xml");
        assertThat(WeChat.element(wechat.open(resp.body()), "Content")).isEqualTo("via servlet");
    }

    @Test
    void theUrlCheckEchoes() throws Exception {
        CallbackRequest request = wechat.echo("echo 123");
        FakeResponse resp = new FakeResponse();

        new WxCallbackServlet(handler).doGet(request("GET", query(request.query()), ""), resp.proxy());

        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.body()).isEqualTo("echo 123");
    }

    @Test
    void anOversizedBodyIsRefusedUnread() throws Exception {
        CallbackRequest request = wechat.plain(Shared.sample("inbound-text.xml"));
        FakeResponse resp = new FakeResponse();

        new WxCallbackServlet(handler, 64).doPost(request("POST", query(request.query()), request.body()), resp.proxy());

        assertThat(resp.status).isEqualTo(413);
    }

    @Test
    void queryParsingDecodesAndKeepsTheFirstValue() {
        assertThat(WxCallbackServlet.query("a=1&b=x%20y&a=2&c&=d&e=%zz"))
                .containsEntry("a", "1").containsEntry("b", "x y").containsEntry("c", "").containsEntry("e", "%zz");
        assertThat(WxCallbackServlet.query(null)).isEmpty();
    }

    private static String query(Map<String, String> q) {
        return q.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpServletRequest request(String method, String queryString, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMethod", method);
        answers.put("getQueryString", queryString);
        answers.put("getContentLengthLong", (long) bytes.length);
        answers.put("getInputStream", stream);
        return (HttpServletRequest) Proxy.newProxyInstance(WxCallbackServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> {
                    if (!answers.containsKey(m.getName())) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    return answers.get(m.getName());
                });
    }

    private static final class FakeResponse {
        int status;
        String contentType;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        String body() {
            return out.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(WxCallbackServletTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                        case "setStatus" -> { status = (Integer) args[0]; yield null; }
                        case "setContentType" -> { contentType = (String) args[0]; yield null; }
                        case "setContentLength" -> null;
                        case "getOutputStream" -> stream;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
