package io.wxkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wxkit.core.message.WxCallbackException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML against the callback hot-path scanner: refused with a typed reason, quickly, touching nothing. */
class MessageCodecHostileInputTest {
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final String BODY = "<ToUserName>a</ToUserName><FromUserName>b</FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>hi</Content>";
    private final MessageCodec codec = MessageCodec.create();

    private Reason reasonFor(String xml) {
        return assertTimeoutPreemptively(FAST, () -> {
            WxCallbackException e = catchThrowableOfType(WxCallbackException.class, () -> codec.decode(xml));
            assertThat(e).as("expected a WxCallbackException").isNotNull();
            WxCallbackException env = catchThrowableOfType(WxCallbackException.class, () -> codec.decodeEnvelope(xml));
            assertThat(env).isNotNull();
            return e.reason();
        });
    }

    @Test
    void externalEntityToALocalFileIsForbidden(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><xml>" + BODY
                + "<Extra>&xxe;</Extra></xml>";
        assertThat(reasonFor(xml)).isEqualTo(Reason.FORBIDDEN_XML);
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class, () -> codec.decode(xml));
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void externalEntityToAUrlNeverOpensAConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            assertThat(reasonFor("<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + url + "\">]><xml>" + BODY + "</xml>"))
                    .isEqualTo(Reason.FORBIDDEN_XML);
            assertThat(reasonFor("<!DOCTYPE xml SYSTEM \"" + url + "\"><xml>" + BODY + "</xml>"))
                    .isEqualTo(Reason.FORBIDDEN_XML);
            server.setSoTimeout(200);
            try (Socket s = server.accept()) {
                throw new AssertionError("the scanner connected to " + s.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nothing connected
            }
        }
    }

    @Test
    void billionLaughsAndQuadraticBlowupAreForbidden() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertThat(reasonFor(dtd + "]><xml>" + BODY + "<X>&lol10;</X></xml>")).isEqualTo(Reason.FORBIDDEN_XML);
        assertThat(reasonFor("<xml>" + BODY + "<X>" + "&a;".repeat(1000) + "</X></xml>")).isEqualTo(Reason.FORBIDDEN_XML);
    }

    @Test
    void everyDoctypeEntityAndProcessingInstructionIsForbidden() {
        for (String xml : new String[] {"<!DOCTYPE xml><xml>" + BODY + "</xml>",
            "<?xml version=\"1.0\"?><!DOCTYPE xml PUBLIC \"p\" \"s\"><xml>" + BODY + "</xml>",
            "<xml><!DOCTYPE xml>" + BODY + "</xml>", "<xml><!ENTITY a \"b\">" + BODY + "</xml>",
            "<?php evil(); ?><xml>" + BODY + "</xml>", "<xml>" + BODY + "<?pi x?></xml>",
            " <?xml version=\"1.0\"?><xml>" + BODY + "</xml>", "<xml>" + BODY + "<!-- c --></xml>",
            "<xml>" + BODY + "</xml><!-- trailing -->"}) {
            assertThat(reasonFor(xml)).as(xml).isEqualTo(Reason.FORBIDDEN_XML);
        }
    }

    @Test
    void oversizedPayloadsAreRefusedBeforeScanning() {
        String huge = "<xml>" + BODY + "<X>" + "x".repeat(10 * 1024 * 1024) + "</X></xml>";
        assertThat(reasonFor(huge)).isEqualTo(Reason.PAYLOAD_TOO_LARGE);
        MessageCodec small = codec.withMaxChars(200);
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class,
                () -> small.decode("<xml>" + BODY + "<X>" + "x".repeat(200) + "</X></xml>"));
        assertThat(e.reason()).isEqualTo(Reason.PAYLOAD_TOO_LARGE);
    }

    @Test
    void deeplyNestedElementsAreRefused() {
        String deep = "<xml>" + BODY + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</xml>";
        assertThat(reasonFor(deep)).isEqualTo(Reason.PAYLOAD_TOO_LARGE);
        StringBuilder many = new StringBuilder("<xml>" + BODY);
        for (int i = 0; i < XmlScanner.MAX_FIELDS; i++) {
            many.append("<f>1</f>");
        }
        assertThat(reasonFor(many.append("</xml>").toString())).isEqualTo(Reason.PAYLOAD_TOO_LARGE);
    }

    @Test
    void charactersXmlForbidsAreMalformed() {
        assertThat(reasonFor("<xml>" + BODY + "<X>\u0001</X></xml>")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(reasonFor("<xml>" + BODY + "<X>&#0;</X></xml>")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(reasonFor("<xml>" + BODY + "<X>\uFFFF</X></xml>")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(reasonFor("<xml>" + BODY + "<X>\uD800</X></xml>")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(reasonFor("<xml>" + BODY + "<X>a]]>b</X></xml>")).isEqualTo(Reason.MALFORMED_XML);
    }

    @Test
    void malformedStructureIsRefused() {
        for (String xml : new String[] {"", "   ", "not xml", "<xml>", "<xml>" + BODY, "<root>" + BODY + "</root>",
            "<xml>" + BODY + "</xml><xml/>", "<xml>" + BODY + "<a></b></xml>", "<xml a=\"1\">" + BODY + "</xml>",
            "<xml>text" + BODY + "</xml>", "<xml>" + BODY + "<X>t<Y>1</Y></X></xml>", "<xml>" + BODY + "<X>&amp</X></xml>",
            "<xml>" + BODY + "<ns:X>1</ns:X></xml>", "<xml>" + BODY + "<![CDATA[x</xml>"}) {
            assertThat(reasonFor(xml)).as(xml).isEqualTo(Reason.MALFORMED_XML);
        }
    }

    @Test
    void unknownElementsAreKeptNotFatal() {
        Text t = (Text) codec.decode("<xml>" + BODY + "<BrandNew><Inner>1</Inner></BrandNew></xml>");
        assertThat(t.content()).isEqualTo("hi");
    }

    @Test
    void missingOrInvalidRequiredFieldsAreTyped() {
        WxCallbackException missing = catchThrowableOfType(WxCallbackException.class,
                () -> codec.decode("<xml><ToUserName>a</ToUserName></xml>"));
        assertThat(missing.reason()).isEqualTo(Reason.MISSING_FIELD);
        WxCallbackException invalid = catchThrowableOfType(WxCallbackException.class,
                () -> codec.decode("<xml>" + BODY.replace("<CreateTime>1<", "<CreateTime>soon<") + "</xml>"));
        assertThat(invalid.reason()).isEqualTo(Reason.INVALID_FIELD);
        for (String time : new String[] {"99999999999999999", "9223372036854775807", "-1", "1e9", "99999999999999999999"}) {
            WxCallbackException e = catchThrowableOfType(WxCallbackException.class,
                    () -> codec.decode("<xml>" + BODY.replace("<CreateTime>1<", "<CreateTime>" + time + "<") + "</xml>"));
            assertThat(e).as(time).isNotNull();
            assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD);
        }
    }

    @Test
    void entitiesCharacterReferencesAndLineEndsDecodeAsXmlDefines() {
        Text t = (Text) codec.decode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<xml>"
                + BODY.replace("<Content>hi</Content>", "<Content>a&lt;b&gt;&amp;&quot;&apos;&#65;&#x1F600;\r\nz\r<![CDATA[&lt;]]></Content>")
                + "</xml>");
        assertThat(t.content()).isEqualTo("a<b>&\"'A\uD83D\uDE00\nz\n&lt;");
    }
}
