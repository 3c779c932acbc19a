package io.wxkit.examples.admin.business;

import io.wxkit.sso.interfaces.BusinessInterface;
import io.wxkit.sso.interfaces.InterfaceException;
import io.wxkit.sso.interfaces.InterfaceSpec;
import io.wxkit.sso.interfaces.Trigger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editable part of a business interface as typed: its trigger (kind and keyword, keywords or pattern), the
 * business system it calls (client and endpoint) and whether it is on. Everything else of the definition (request
 * and reply templates, timeout, fallbacks) is kept as stored.
 */
record InterfaceForm(String kind, String value, String clientId, String endpoint, boolean enabled, int version) {
    static final String KEYWORD_SEPARATOR = ",";

    InterfaceForm {
        kind = kind == null ? "" : kind.trim();
        value = value == null ? "" : value.trim();
        clientId = clientId == null ? "" : clientId.trim();
        endpoint = endpoint == null ? "" : endpoint.trim();
    }

    static InterfaceForm of(BusinessInterface i) {
        return new InterfaceForm(kindOf(i.spec().trigger()), valueOf(i.spec().trigger()), i.spec().clientId(),
                i.spec().endpoint(), i.enabled(), i.version());
    }

    /** {@code exact}, {@code keywords}, {@code regex}, {@code click} or {@code scan}. */
    static String kindOf(Trigger t) {
        if (t instanceof Trigger.Exact) {
            return "exact";
        }
        if (t instanceof Trigger.Keywords) {
            return "keywords";
        }
        if (t instanceof Trigger.Regex) {
            return "regex";
        }
        return t instanceof Trigger.MenuClick ? "click" : "scan";
    }

    /** The trigger's text as the form shows it (keywords joined by commas). */
    static String valueOf(Trigger t) {
        if (t instanceof Trigger.Exact e) {
            return e.keyword();
        }
        if (t instanceof Trigger.Keywords k) {
            return String.join(KEYWORD_SEPARATOR + " ", k.keywords());
        }
        if (t instanceof Trigger.Regex r) {
            return r.regex();
        }
        return t instanceof Trigger.MenuClick c ? c.key() : ((Trigger.ScanScene) t).scene();
    }

    /** The trigger typed; {@link InterfaceException} (invalid definition) when it is not one. */
    Trigger trigger() {
        return switch (kind) {
            case "exact" -> Trigger.exact(value);
            case "keywords" -> Trigger.keywords(Arrays.stream(value.split(KEYWORD_SEPARATOR)).map(String::trim)
                    .filter(s -> !s.isEmpty()).toArray(String[]::new));
            case "regex" -> Trigger.regex(value);
            case "click" -> Trigger.menuClick(value);
            case "scan" -> Trigger.scanScene(value);
            default -> throw new IllegalArgumentException("unknown trigger kind " + kind);
        };
    }

    /**
     * {@code stored}'s definition with this form's trigger, client and endpoint, validated by the SDK; the field
     * errors go to {@code errors} and the answer is then {@code null}.
     */
    InterfaceSpec applyTo(InterfaceSpec stored, Map<String, String> errors) {
        Trigger trigger;
        try {
            trigger = trigger();
        } catch (InterfaceException | IllegalArgumentException e) {
            errors.put("value", e.getMessage());
            return null;
        }
        if (clientId.isEmpty()) {
            errors.put("clientId", "请选择业务系统 · choose a business system");
            return null;
        }
        InterfaceSpec.Builder b = InterfaceSpec.builder(stored.name(), trigger, clientId)
                .timeout(stored.timeout()).reply(stored.reply()).fallbacks(stored.fallbacks())
                .maxAnswerBytes(stored.maxAnswerBytes());
        b = "GET".equals(stored.method()) ? b.get(endpoint, stored.requestTemplate()) : b.post(endpoint, stored.requestTemplate());
        try {
            return b.build();
        } catch (InterfaceException | NullPointerException e) {
            errors.put("endpoint", e.getMessage());
            return null;
        }
    }

    static Map<String, String> noErrors() {
        return new LinkedHashMap<>();
    }
}
