package io.wxkit.emulator.internal.callback;

import java.util.List;
import java.util.Map;

/** Writes WeChat's flat callback XML: strings as CDATA, numbers bare, in the given order. */
final class InboundXml {
    private InboundXml() {
    }

    static String write(String toUser, String fromUser, long createTime, String msgType, Map<String, Object> fields) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("<xml>");
        cdata(sb, "ToUserName", toUser);
        cdata(sb, "FromUserName", fromUser);
        sb.append("<CreateTime>").append(createTime).append("</CreateTime>");
        cdata(sb, "MsgType", msgType);
        fields.forEach((k, v) -> element(sb, k, v));
        return sb.append("</xml>").toString();
    }

    /** Strings as CDATA, numbers bare, maps as nested elements, lists as repeated elements of that name. */
    private static void element(StringBuilder sb, String name, Object v) {
        if (v instanceof Number) {
            sb.append('<').append(name).append('>').append(v).append("</").append(name).append('>');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('<').append(name).append('>');
            m.forEach((k, child) -> element(sb, String.valueOf(k), child));
            sb.append("</").append(name).append('>');
        } else if (v instanceof List<?> list) {
            list.forEach(child -> element(sb, name, child));
        } else {
            cdata(sb, name, String.valueOf(v));
        }
    }

    /** Adds {@code <Encrypt>} (and for safe mode only {@code ToUserName}) around an encrypted message. */
    static String envelope(String toUser, String encrypt) {
        StringBuilder sb = new StringBuilder(encrypt.length() + 96).append("<xml>");
        cdata(sb, "ToUserName", toUser);
        cdata(sb, "Encrypt", encrypt);
        return sb.append("</xml>").toString();
    }

    /** Compatible mode: the plain message with {@code <Encrypt>} added as its last element. */
    static String compat(String plainXml, String encrypt) {
        StringBuilder sb = new StringBuilder(plainXml.length() + encrypt.length() + 32);
        sb.append(plainXml, 0, plainXml.length() - "</xml>".length());
        cdata(sb, "Encrypt", encrypt);
        return sb.append("</xml>").toString();
    }

    static void cdata(StringBuilder sb, String name, String value) {
        sb.append('<').append(name).append("><![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></").append(name).append('>');
    }
}
