package io.wxkit.examples.sso;

import io.wxkit.examples.biz.DemoSystem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What the /bind form posts; {@link #problems()} names each wrong field (the password is never shown back). */
record BindForm(String client, String account, String password) {
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,32}");

    BindForm {
        client = client == null ? "" : client.strip();
        account = account == null ? "" : account.strip();
        password = password == null ? "" : password;
    }

    static BindForm empty(String client) {
        return new BindForm(client, "", "");
    }

    Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        if (DemoSystem.byId(client).isEmpty()) {
            p.put("client", "请选择业务系统。 Choose a system.");
        }
        if (account.isEmpty()) {
            p.put("account", "请输入账号。 Enter the account.");
        } else if (!ACCOUNT.matcher(account).matches()) {
            p.put("account", "账号由 1–32 位字母或数字组成（例如 L1003）。 Letters and digits, e.g. L1003.");
        }
        if (password.isEmpty()) {
            p.put("password", "请输入密码。 Enter the password.");
        } else if (password.length() > 128) {
            p.put("password", "密码过长。 Password too long.");
        }
        return p;
    }
}
