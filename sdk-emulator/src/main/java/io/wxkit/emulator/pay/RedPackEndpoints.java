package io.wxkit.emulator.pay;

import io.wxkit.core.crypto.pay.V2SignType;
import io.wxkit.core.crypto.pay.V2Signature;
import io.wxkit.emulator.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.FlatXml;
import io.wxkit.emulator.internal.http.MalformedBodyException;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * WeChat Pay v2 cash red packets (api-reference §15) on the mutual-TLS port: {@code sendredpack} and
 * {@code gethbinfo}. Checks, in order: client certificate of the merchant (CA_ERROR), MD5 signature with the
 * v2 API key (SIGN_ERROR), wxappid bound to the merchant (ILLEGAL_APPID), re_openid a user of that account
 * (OPENID_ERROR), mch_billno 1–28 letters/digits, total_num 1, total_amount 100–20 000 fen unless scene_id is
 * given, field lengths (PARAM_ERROR), at most 10 packets per user per day (SENDNUM_LIMIT). The same mch_billno
 * returns the same result. A sent packet lands in the user's inbox as kind {@code redpack}.
 */
final class RedPackEndpoints implements Resettable {
    private static final Pattern BILLNO = Pattern.compile("[0-9A-Za-z]{1,28}");
    private final PayState state;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Map<String, String>> sent = new HashMap<>();
    private final Map<String, Integer> perUserDay = new HashMap<>();

    RedPackEndpoints(PayState state, Accounts accounts, Clock clock, SecureRandom random) {
        this.state = state;
        this.accounts = accounts;
        this.clock = clock;
        this.random = random;
    }

    void routes(Router router) {
        router.post("/mmpaymkttransfers/sendredpack", this::send);
        router.post("/mmpaymkttransfers/gethbinfo", this::info);
    }

    /** A v2 business failure: return_code/result_code FAIL with err_code. */
    private static final class Fail extends RuntimeException {
        private final String code;

        Fail(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private Answer send(Request r) {
        Map<String, String> p;
        try {
            p = FlatXml.parse(r.bodyString());
        } catch (MalformedBodyException e) {
            return xml(Map.of("return_code", "FAIL", "return_msg", "XML_ERROR"));
        }
        try {
            Merchant m = authenticate(r, p, "wxappid");
            synchronized (this) {
                Map<String, String> previous = sent.get(m.mchId() + "/" + p.get("mch_billno"));
                if (previous != null) {
                    return xml(previous);
                }
                Map<String, String> result = deliver(m, p);
                sent.put(m.mchId() + "/" + p.get("mch_billno"), result);
                return xml(result);
            }
        } catch (Fail f) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("return_code", "FAIL");
            out.put("return_msg", f.getMessage());
            out.put("result_code", "FAIL");
            out.put("err_code", f.code);
            out.put("err_code_des", f.getMessage());
            for (String k : new String[] {"mch_billno", "mch_id", "wxappid", "re_openid", "total_amount"}) {
                out.put(k, p.getOrDefault(k, ""));
            }
            return xml(out);
        }
    }

    private Merchant authenticate(Request r, Map<String, String> p, String appField) {
        if (r.clientCertificate() == null) {
            throw new Fail("CA_ERROR", "请求未携带证书");
        }
        Merchant m = state.merchant(p.get("mch_id"));
        if (m == null || m.certificate() == null || !m.certificate().equals(r.clientCertificate())) {
            throw new Fail("CA_ERROR", "商户证书与商户号不匹配");
        }
        if (m.apiV2Key() == null || !V2Signature.verify(p, m.apiV2Key(), V2SignType.MD5)) {
            throw new Fail("SIGN_ERROR", "签名错误");
        }
        if (!m.appId().equals(p.get(appField))) {
            throw new Fail("ILLEGAL_APPID", "非法appid，请确认是否为公众号的appid");
        }
        return m;
    }

    private Map<String, String> deliver(Merchant m, Map<String, String> p) {
        FakeUser u = accounts.user(p.get("re_openid"));
        if (u == null || !u.appId().equals(m.appId())) {
            throw new Fail("OPENID_ERROR", "openid和appid不匹配");
        }
        check(p);
        String key = u.openid() + "/" + LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8));
        if (perUserDay.merge(key, 1, Integer::sum) > 10) {
            perUserDay.merge(key, -1, Integer::sum);
            throw new Fail("SENDNUM_LIMIT", "该用户今日领取红包个数超过限制");
        }
        String listId = "1000" + digits(26);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sendName", p.get("send_name"));
        fields.put("wishing", p.get("wishing"));
        fields.put("actName", p.get("act_name"));
        fields.put("totalAmount", Long.parseLong(p.get("total_amount")));
        fields.put("mchBillno", p.get("mch_billno"));
        u.receive(new InboxEntry("redpack", "redpack", fields, clock.instant()));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("return_code", "SUCCESS");
        out.put("return_msg", "发放成功");
        out.put("result_code", "SUCCESS");
        out.put("err_code", "SUCCESS");
        out.put("err_code_des", "发放成功");
        out.put("mch_billno", p.get("mch_billno"));
        out.put("mch_id", m.mchId());
        out.put("wxappid", m.appId());
        out.put("re_openid", u.openid());
        out.put("total_amount", p.get("total_amount"));
        out.put("send_listid", listId);
        out.put("send_time", Long.toString(clock.instant().getEpochSecond()));
        return out;
    }

    private static void check(Map<String, String> p) {
        if (!BILLNO.matcher(p.getOrDefault("mch_billno", "")).matches()) {
            throw new Fail("PARAM_ERROR", "mch_billno 必须是1到28位的数字或字母");
        }
        if (!"1".equals(p.get("total_num"))) {
            throw new Fail("PARAM_ERROR", "total_num 必须为1");
        }
        long amount;
        try {
            amount = Long.parseLong(p.getOrDefault("total_amount", ""));
        } catch (NumberFormatException e) {
            throw new Fail("PARAM_ERROR", "total_amount 必须是整数(分)");
        }
        boolean scene = !p.getOrDefault("scene_id", "").isEmpty();
        if (amount < 1 || (!scene && (amount < 100 || amount > 20_000))) {
            throw new Fail("PARAM_ERROR", "金额不在1-200元之间时必须传入scene_id");
        }
        length(p, "send_name", 32, true);
        length(p, "wishing", 128, true);
        length(p, "act_name", 32, true);
        length(p, "remark", 256, true);
        length(p, "client_ip", 15, true);
        length(p, "nonce_str", 32, true);
    }

    private static void length(Map<String, String> p, String field, int max, boolean required) {
        String v = p.getOrDefault(field, "");
        if ((required && v.isEmpty()) || v.codePointCount(0, v.length()) > max) {
            throw new Fail("PARAM_ERROR", field + " 为空或过长");
        }
    }

    private Answer info(Request r) {
        Map<String, String> p;
        try {
            p = FlatXml.parse(r.bodyString());
        } catch (MalformedBodyException e) {
            return xml(Map.of("return_code", "FAIL", "return_msg", "XML_ERROR"));
        }
        try {
            Merchant m = authenticate(r, p, "appid");
            Map<String, String> s;
            synchronized (this) {
                s = sent.get(m.mchId() + "/" + p.get("mch_billno"));
            }
            if (s == null || !"SUCCESS".equals(s.get("result_code"))) {
                throw new Fail("NOT_FOUND", "指定单号数据不存在");
            }
            Map<String, String> out = new LinkedHashMap<>();
            out.put("return_code", "SUCCESS");
            out.put("return_msg", "OK");
            out.put("result_code", "SUCCESS");
            out.put("mch_billno", s.get("mch_billno"));
            out.put("mch_id", m.mchId());
            out.put("detail_id", s.get("send_listid"));
            out.put("status", "SENT");
            out.put("send_type", "API");
            out.put("hb_type", "NORMAL");
            out.put("total_num", "1");
            out.put("total_amount", s.get("total_amount"));
            out.put("send_time", s.get("send_time"));
            out.put("openid", s.get("re_openid"));
            return xml(out);
        } catch (Fail f) {
            return xml(Map.of("return_code", "FAIL", "return_msg", f.getMessage(), "result_code", "FAIL",
                    "err_code", f.code, "err_code_des", f.getMessage()));
        }
    }

    private static Answer xml(Map<String, String> fields) {
        return Answer.bytes(200, "text/xml; charset=utf-8", FlatXml.write(fields).getBytes(StandardCharsets.UTF_8));
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    @Override
    public synchronized void reset() {
        sent.clear();
        perUserDay.clear();
    }
}
