package io.wxkit.core.message;

import io.wxkit.core.internal.message.ReplyOut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wxkit.core.message.WxCallbackException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner's one-char decisions (end tags compared in place, markup recognised by its second char) and
 * the char-array reply writer: the same documents accepted and refused, with the same reasons, as by
 * reading every name and comparing whole literals; the same reply text as a {@code StringBuilder} wrote.
 */
class ScannerFastPathTest {
    private static final String HEAD = "<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName>"
            + "<CreateTime>1700000000</CreateTime><MsgType>text</MsgType>";
    private final MessageCodec codec = MessageCodec.create(Clock.fixed(Instant.ofEpochSecond(1_700_000_123L), ZoneOffset.UTC));

    private Reason refusal(String xml) {
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class, () -> codec.decode(xml));
        assertThat(e).as("refused: %s", xml).isNotNull();
        return e.reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Content>x</ContentX></xml>", // the start tag's name is a prefix of the end tag's
        "<Content>x</Conten></xml>", // the end tag's name is a prefix of the start tag's
        "<Content>x</content></xml>", // names are case-sensitive
        "<Content>x</></xml>", // no name at all
        "<Content>x</Content", // input ends inside the end tag
        "<Content>x</Content x></xml>", // an end tag has no attributes
        "<Content>x</Content\u00b7></xml>", // a name char glued to the name (U+00B7 is a NameChar)
        "<Content>你好</Content-></xml>",
    })
    void endTagsThatDoNotCloseTheirElementAreMalformed(String tail) {
        assertThat(refusal(HEAD + tail)).isEqualTo(Reason.MALFORMED_XML);
    }

    @Test
    void endTagsWithSpaceBeforeTheBracketAndAtTheEndOfTheInputAreRead() {
        Text t = (Text) codec.decode(HEAD + "<Content>你好</Content \n\t></xml >");
        assertThat(t.content()).isEqualTo("你好");
        assertThat(((Text) codec.decode(HEAD + "<Content>a</Content></xml>")).content()).isEqualTo("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!--c-->", "<!DOCTYPE x>", "<!ENTITY e 'x'>", "<?pi x?>", "<![INCLUDE[x]]>"})
    void declarationsCommentsAndInstructionsBetweenFieldsStayForbidden(String markup) {
        assertThat(refusal(HEAD + markup + "<Content>x</Content></xml>")).isEqualTo(Reason.FORBIDDEN_XML);
        assertThat(refusal("<xml>" + markup + "</xml>")).isEqualTo(Reason.FORBIDDEN_XML);
    }

    @Test
    void cdataAndEmptyElementsAreStillRecognisedOnTheirSecondChar() {
        Text t = (Text) codec.decode(HEAD + "<Content><![CDATA[a<b>]]></Content><Extra/></xml>");
        assertThat(t.content()).isEqualTo("a<b>");
        assertThat(refusal(HEAD + "<Content>x</Content><MsgId/ ></xml>")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(refusal(HEAD + "<Content>x</Content><")).isEqualTo(Reason.MALFORMED_XML);
        assertThat(refusal(HEAD + "<Content>x</Content><!")).isEqualTo(Reason.FORBIDDEN_XML);
    }

    @Test
    void messagesWithMoreLeavesThanTheInitialCapacityKeepEveryField() {
        StringBuilder xml = new StringBuilder("<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>nobody_knows</MsgType>");
        for (int i = 0; i < 40; i++) {
            xml.append("<F").append(i).append('>').append(i).append("</F").append(i).append('>');
        }
        Unknown u = (Unknown) codec.decode(xml.append("</xml>").toString());
        assertThat(u.fields()).hasSize(44);
        assertThat(u.fields().get(43)).isEqualTo(new Unknown.Field("F39", "39"));
    }

    @Test
    void repliesLongerThanTheInitialBufferAreWrittenWhole() {
        Text m = (Text) codec.decode(HEAD + "<Content>x</Content></xml>");
        String content = "订单]]>已发货 ".repeat(80); // 800 chars, Chinese, with CDATA terminators to split
        String expected = "<xml><ToUserName><![CDATA[o1]]></ToUserName><FromUserName><![CDATA[gh_1]]></FromUserName>"
                + "<CreateTime>1700000123</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content.replace("]]>", "]]]]><![CDATA[>") + "]]></Content></xml>";
        assertThat(codec.encode(Reply.text(m, content))).isEqualTo(expected);
    }

    @Test
    void numbersAreWrittenAsDecimalDigits() {
        for (long v : new long[] {0, 7, 10, 99, 100, 1_700_000_123L, Long.MAX_VALUE, -1, Long.MIN_VALUE}) {
            ReplyOut.Chars chars = new ReplyOut.Chars(1);
            chars.append("n=").append(v).append(";");
            assertThat(chars.string()).isEqualTo("n=" + v + ";");
        }
    }
}
