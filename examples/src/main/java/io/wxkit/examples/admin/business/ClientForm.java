package io.wxkit.examples.admin.business;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator typed to register a business system, kept as typed so a refused form comes back
 * unchanged. {@link #errors()} checks it field by field before the broker sees it, naming the line of a bad
 * redirect URI (the broker checks the same rules again and only says "a URI is bad").
 */
record ClientForm(String clientId, String name, String redirectUris, String verifyUrl) {
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{3,64}");
    static final int MAX_URIS = 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    static ClientForm blank() {
        return new ClientForm("", "", "", "");
    }

    ClientForm {
        clientId = clientId == null ? "" : clientId.trim();
        name = name == null ? "" : name.trim();
        redirectUris = redirectUris == null ? "" : redirectUris;
        verifyUrl = verifyUrl == null ? "" : verifyUrl.trim();
    }

    /** The non-blank lines of the redirect URI box, trimmed. */
    List<String> redirectUriList() {
        return Arrays.stream(redirectUris.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Field name → what is wrong; empty when the broker may be asked. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            errors.put("clientId", "3–64 个字母、数字、_ 或 - · 3–64 letters, digits, _ or -");
        }
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", "名称 1–200 个字 · a name of 1–200 characters");
        }
        List<String> uris = redirectUriList();
        if (uris.isEmpty() || uris.size() > MAX_URIS) {
            errors.put("redirectUris", "每行一个，1–20 个回调地址 · one per line, 1–20 redirect URIs");
        } else {
            for (int i = 0; i < uris.size(); i++) {
                String problem = uriProblem(uris.get(i));
                if (problem != null) {
                    errors.put("redirectUris", "第 " + (i + 1) + " 行 line " + (i + 1) + ": " + problem);
                    break;
                }
            }
        }
        if (!verifyUrl.isEmpty()) {
            String problem = uriProblem(verifyUrl);
            if (problem != null) {
                errors.put("verifyUrl", problem);
            }
        }
        return errors;
    }

    /** Why {@code uri} cannot be registered (the broker's rules: exact https URIs), or {@code null}. */
    static String uriProblem(String uri) {
        if (uri.length() > 1000 || uri.contains("*") || uri.contains(" ") || uri.contains("\\")) {
            return "不能含通配符、空格或反斜杠 · no wildcards, spaces or backslashes, at most 1000 characters";
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return "不是合法的地址 · not a valid URI";
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
        String host = parsed.getHost() == null ? "" : parsed.getHost().toLowerCase(Locale.ROOT);
        if (!parsed.isAbsolute() || host.isEmpty() || parsed.getRawUserInfo() != null || parsed.getRawFragment() != null) {
            return "须为带主机名的完整地址，不含用户信息或 # · absolute with a host, no userinfo or #fragment";
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            return "须用 https（http 仅限 127.0.0.1/localhost） · https only (http on 127.0.0.1/localhost)";
        }
        return null;
    }
}
