package io.wxkit.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML against the hardened mapper: each is refused with WxXmlException or parsed safely, quickly. */
class XmlCodecHostileInputTest {
    private static final Duration FAST = Duration.ofSeconds(5);
    private final XmlCodec codec = XmlCodec.create();

    private void assertRefused(String xml) {
        assertTimeoutPreemptively(FAST, () -> {
            assertThatThrownBy(() -> codec.read(xml, JsonNode.class)).isInstanceOf(WxXmlException.class);
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> codec.read(bytes, JsonNode.class)).isInstanceOf(WxXmlException.class);
        });
    }

    @Test
    void externalEntityToALocalFileIsRefusedAndTheFileNeverAppears(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><xml><a>&xxe;</a></xml>";
        assertRefused(xml);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> codec.read(xml, JsonNode.class));
        for (Throwable c = t; c != null; c = c.getCause()) {
            assertThat(String.valueOf(c.getMessage())).doesNotContain("TOP-SECRET-CONTENT");
        }
    }

    @Test
    void parameterEntityToALocalFileIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak 'TOP-SECRET'>");
        assertRefused("<!DOCTYPE xml [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]><xml><a>&leak;</a></xml>");
    }

    @Test
    void externalEntityToAUrlNeverOpensAConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil";
            assertRefused("<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + url + "\">]><xml><a>&xxe;</a></xml>");
            assertRefused("<!DOCTYPE xml SYSTEM \"" + url + "\"><xml><a>1</a></xml>");
            assertRefused("<!DOCTYPE xml [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><xml/>");
            assertNoConnection(server);
        }
    }

    static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(200); // a connection made during parsing would already be queued in the backlog
        try (Socket s = server.accept()) {
            throw new AssertionError("the parser connected to " + s.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing connected
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertRefused(dtd + "]><xml><a>&lol10;</a></xml>");
    }

    @Test
    void quadraticBlowupIsRefused() {
        String big = "x".repeat(50_000);
        assertRefused("<!DOCTYPE xml [<!ENTITY a \"" + big + "\">]><xml><a>" + "&a;".repeat(5_000) + "</a></xml>");
    }

    @Test
    void everyKindOfDoctypeIsRefused() {
        assertRefused("<!DOCTYPE xml><xml><a>1</a></xml>");
        assertRefused("<!DOCTYPE xml PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"http://127.0.0.1:1/x.dtd\"><xml/>");
        assertRefused("<!DOCTYPE xml [<!ELEMENT xml ANY>]><xml/>");
        assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE xml [ <!NOTATION n SYSTEM \"x\"> ]>\n<xml/>");
    }

    @Test
    void undeclaredEntityIsRefused() {
        assertRefused("<xml><a>&undeclared;</a></xml>");
    }

    @Test
    void tenMegabytePayloadIsRefusedBeforeParsing() {
        String huge = "<xml><a>" + "x".repeat(10 * 1024 * 1024) + "</a></xml>";
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> codec.read(huge, JsonNode.class))
                .isInstanceOf(WxXmlException.class).hasMessageContaining("exceeds the limit"));
    }

    @Test
    void deeplyNestedElementsAreRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        assertRefused(deep);
        String justOverLimit = "<a>".repeat(XmlCodec.MAX_DEPTH + 1) + "x" + "</a>".repeat(XmlCodec.MAX_DEPTH + 1);
        assertRefused(justOverLimit);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] head = "<xml><a>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</a></xml>".getBytes(StandardCharsets.US_ASCII);
        for (byte[] bad : new byte[][] {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xC0, (byte) 0x80}}) {
            byte[] doc = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, doc, 0, head.length);
            System.arraycopy(bad, 0, doc, head.length, bad.length);
            System.arraycopy(tail, 0, doc, head.length + bad.length, tail.length);
            assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> codec.read(doc, JsonNode.class))
                    .isInstanceOf(WxXmlException.class));
        }
    }

    @Test
    void xincludeIsNeverProcessed(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("inc.txt"), "INCLUDED-SECRET");
        String xml = "<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\"><a>1</a><xi:include href=\"" + secret.toUri()
                + "\" parse=\"text\"/></xml>";
        JsonNode node = assertTimeoutPreemptively(FAST, () -> codec.read(xml, JsonNode.class));
        assertThat(node.toString()).doesNotContain("INCLUDED-SECRET");
    }

    @Test
    void unknownElementsAreIgnoredWhenBindingARecord() {
        Result r = codec.read("<xml><return_code><![CDATA[SUCCESS]]></return_code><brand_new>x</brand_new>"
                + "<total_amount>100</total_amount></xml>", Result.class);
        assertThat(r).isEqualTo(new Result("SUCCESS", 100));
    }

    @Test
    void processingInstructionsAndCommentsAreHarmless() {
        Result r = codec.read("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?php evil(); ?><xml><!-- c -->"
                + "<return_code>OK</return_code><total_amount>1</total_amount></xml>", Result.class);
        assertThat(r.returnCode()).isEqualTo("OK");
    }

    @Test
    void malformedXmlIsATypedError() {
        for (String bad : new String[] {"", "<xml>", "<xml><a></b></xml>", "not xml", "<xml><a>1</a></xml><extra/>"}) {
            assertRefused(bad);
        }
    }

    @Test
    void writesStringsAsCdataUnderAnXmlRoot() {
        String xml = codec.write(new Result("SUCC]]>ESS", 100));
        assertThat(xml).startsWith("<xml>").contains("<return_code>SUCC]]&gt;ESS</return_code>")
                .contains("<total_amount>100</total_amount>");
        assertThat(codec.read(xml, Result.class)).isEqualTo(new Result("SUCC]]>ESS", 100));
        assertThat(codec.write(Map.of("sign", "ABC"))).isEqualTo("<xml><sign><![CDATA[ABC]]></sign></xml>");
    }

    @Test
    void nullFieldsAreOmittedWhenWriting() {
        record Optional(@com.fasterxml.jackson.annotation.JsonProperty("act_name") String actName,
                        @com.fasterxml.jackson.annotation.JsonProperty("remark") String remark) {
        }
        assertThat(codec.write(new Optional("Lucky", null))).isEqualTo("<xml><act_name><![CDATA[Lucky]]></act_name></xml>");
    }

    @Test
    void limitsAreConfigurable() {
        XmlCodec small = XmlCodec.create(2048);
        assertThat(small.maxBytes()).isEqualTo(2048);
        assertThatThrownBy(() -> small.read("<xml><a>" + "x".repeat(3000) + "</a></xml>", JsonNode.class))
                .isInstanceOf(WxXmlException.class);
        assertThatThrownBy(() -> XmlCodec.create(10)).isInstanceOf(IllegalArgumentException.class);
    }

    record Result(@com.fasterxml.jackson.annotation.JsonProperty("return_code") String returnCode,
                  @com.fasterxml.jackson.annotation.JsonProperty("total_amount") long totalAmount) {
    }
}
