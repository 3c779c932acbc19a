package io.wxkit.core.internal.message;

/** Writes text as CDATA the way WeChat expects, splitting {@code ]]>} and refusing characters XML forbids. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Appends {@code <![CDATA[text]]>}.
     *
     * @throws IllegalArgumentException if {@code text} contains a character not allowed in XML 1.0
     */
    public static void cdata(ReplyOut b, String text) {
        b.append("<![CDATA[");
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException("reply text contains U+" + Integer.toHexString(c)
                        + ", which XML cannot carry");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    throw new IllegalArgumentException("reply text contains an unpaired surrogate");
                }
            }
            if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                b.append(text, from, i).append("]]><![CDATA[");
                from = i;
            }
        }
        b.append(text, from, n).append("]]>");
    }
}
