package io.wxkit.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

/** The {@code <pre>} examples of {@link XmlCodec} and {@link WxXmlException}, compiled and run. */
class XmlCodecSnippetsTest {
    record RedPackResult(@JsonProperty("return_code") String returnCode, @JsonProperty("mch_billno") String mchBillno) {
    }

    record RedPackRequest(@JsonProperty("mch_billno") String mchBillno, @JsonProperty("total_amount") int totalAmount) {
    }

    @Test
    void readAndWriteSnippet() {
        String body = "<xml><return_code><![CDATA[SUCCESS]]></return_code><mch_billno><![CDATA[0010010404201411170000046545]]></mch_billno></xml>";
        RedPackRequest redPackRequest = new RedPackRequest("0010010404201411170000046545", 100);

        XmlCodec xml = XmlCodec.create();
        RedPackResult r = xml.read(body, RedPackResult.class);
        String request = xml.write(redPackRequest);

        assertThat(r.returnCode()).isEqualTo("SUCCESS");
        assertThat(request).isEqualTo("<xml><mch_billno><![CDATA[0010010404201411170000046545]]></mch_billno>"
                + "<total_amount>100</total_amount></xml>");
    }

    @Test
    void exceptionSnippet() {
        XmlCodec codec = XmlCodec.create();
        String xml = "<!DOCTYPE xml><xml/>";
        String logged = null;
        try {
            codec.read(xml, RedPackResult.class);
        } catch (WxXmlException e) {
            logged = e.getMessage();
        }
        assertThat(logged).contains("DOCTYPE");
    }
}
