package io.wxkit.core.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Hides WeChat credentials (access tokens, app secrets, keys, signatures, tickets, OAuth codes)
 * in text that is about to be logged or put into an exception message.
 *
 * <pre>{@code
 * log.debug("calling {}", Masking.url(url)); // ...?access_token=***&openid=o6_b...
 * }</pre>
 *
 * <p>A parameter is sensitive when its lower-cased name is in {@link #SENSITIVE} or ends with
 * {@code token}, {@code secret}, {@code key}, {@code sign}, {@code signature} or {@code ticket}.
 * Stateless and thread-safe.
 */
public final class Masking {
    /** Parameter names that are always masked, lower-case. */
    public static final Set<String> SENSITIVE = Set.of("access_token", "secret", "appsecret", "sign",
            "paysign", "signature", "msg_signature", "key", "api_key", "apiv3key", "encodingaeskey",
            "refresh_token", "code", "ticket", "jsapi_ticket", "authorization", "wechatpay-signature",
            "password", "private_key");

    /** The text that replaces a masked value. */
    public static final String MASK = "***";

    private static final String SUFFIXES = "token|secret|key|sign|signature|ticket|password";
    // name=value pairs in queries, forms and free text
    private static final Pattern PAIR = Pattern.compile(
            "(?i)([A-Za-z0-9_\\-]*(?:" + SUFFIXES + "|code|authorization))=([^&\\s\"',;]+)");
    // "name":"value" pairs in JSON
    private static final Pattern JSON_PAIR = Pattern.compile(
            "(?i)(\"[A-Za-z0-9_\\-]*(?:" + SUFFIXES + "|code|authorization)\"\\s*:\\s*\")([^\"]*)(\")");

    private Masking() {}

    /** Whether a parameter, header or JSON field called {@code name} carries a credential. */
    public static boolean isSensitive(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (SENSITIVE.contains(n)) {
            return true;
        }
        for (String suffix : SUFFIXES.split("\\|")) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code url} with the value of every sensitive query parameter replaced by {@link #MASK}. */
    public static String url(HttpUrl url) {
        if (url.querySize() == 0) {
            return url.toString();
        }
        HttpUrl.Builder b = url.newBuilder().query(null);
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            String value = url.queryParameterValue(i);
            b.addQueryParameter(name, value != null && isSensitive(name) ? MASK : value);
        }
        return b.build().toString();
    }

    /** {@code url} (absolute or a path with a query) with every sensitive value masked. */
    public static String url(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed != null ? url(parsed) : text(url);
    }

    /**
     * {@code text} with every {@code name=value} and {@code "name":"value"} pair whose name looks
     * sensitive masked. For free text (error messages, bodies about to be logged).
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(PAIR.matcher(text), "=");
        return replaceJson(JSON_PAIR.matcher(s));
    }

    private static String replace(Matcher m, String separator) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = isSensitive(name) ? name + separator + MASK : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replaceJson(Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).substring(1, m.group(1).indexOf('"', 1));
            String replacement = isSensitive(name) ? m.group(1) + MASK + m.group(3) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
