package io.wxkit.examples.admin.notices;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A notice to a registration form's participants as typed: the account, the form, the template and its keyword
 * values ({@code key=value}, one per line), an optional link. Kept as typed so a refused form comes back unchanged.
 */
record NoticeForm(String appId, String formId, String templateId, String data, String url) {
    static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    static final Pattern KEYWORD = Pattern.compile("[a-z_]+[0-9]*");
    static final int MAX_VALUE = 200;

    NoticeForm {
        appId = appId == null ? "" : appId.trim();
        formId = formId == null ? "" : formId.trim();
        templateId = templateId == null ? "" : templateId.trim();
        data = data == null ? "" : data;
        url = url == null ? "" : url.trim();
    }

    static NoticeForm blank(String appId) {
        return new NoticeForm(appId, "", "", "", "");
    }

    /** The keyword values, in the order typed; only meaningful when {@link #errors()} is empty. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(data.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> {
            int eq = l.indexOf('=');
            values.put(l.substring(0, Math.max(eq, 0)).trim(), eq < 0 ? "" : l.substring(eq + 1).trim());
        });
        return values;
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!formId.matches("\\d{1,18}")) {
            errors.put("formId", "请选择报名表 · choose a registration form");
        }
        if (!TEMPLATE_ID.matcher(templateId).matches()) {
            errors.put("templateId", "模板 ID 为 1–128 个字母、数字、_ 或 - · a template id is 1–128 letters, digits, _ or -");
        }
        String[] lines = data.split("\\R");
        int n = 0;
        for (String raw : lines) {
            String line = raw.trim();
            n++;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).trim();
            if (eq < 0 || !KEYWORD.matcher(key).matches() || key.length() > 32) {
                errors.put("data", "第 " + n + " 行应为 关键词=内容，如 thing1=会议通知 · line " + n + ": keyword=value, e.g. thing1=Meeting");
                break;
            }
            if (line.substring(eq + 1).trim().length() > MAX_VALUE) {
                errors.put("data", "第 " + n + " 行内容超过 200 字 · line " + n + ": at most 200 characters");
                break;
            }
        }
        if (!errors.containsKey("data") && values().isEmpty()) {
            errors.put("data", "至少填写一个关键词 · at least one keyword=value");
        }
        if (!url.isEmpty() && (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 1000
                || url.chars().anyMatch(c -> c <= ' '))) {
            errors.put("url", "链接须为 http(s) 地址 · an http(s) link without spaces");
        }
        return errors;
    }
}
