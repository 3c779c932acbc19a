package io.wxkit.emulator.internal.pay;

import io.wxkit.core.internal.crypto.pay.V2SignType;
import io.wxkit.core.internal.crypto.pay.V2Signature;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.FlatXml;
import io.wxkit.emulator.internal.http.MalformedBodyException;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.ControlError;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * WeChat Pay v2 cash red packets (api-reference §15) on the mutual-TLS port: {@code sendredpack},
 * {@code sendgroupredpack} (total_num 3–20, amt_type ALL_RAND, 1–200 CNY a share on average, split at random) and
 * {@code gethbinfo} (status SENT until every share is opened, then RECEIVED, with {@code hblist}); and the control
 * API's {@code GET /emulator/redpacks/{mchBillno}} and {@code POST /emulator/redpacks/{mchBillno}/open}
 * ({@code {"openid"}}: a user opens the packet or takes a share). Checks, in order: client certificate of the merchant (CA_ERROR), MD5 signature with the
 * v2 API key (SIGN_ERROR), wxappid bound to the merchant (ILLEGAL_APPID), re_openid a user of that account
 * (OPENID_ERROR), mch_billno 1–28 letters/digits, total_num 1, total_amount 100–20 000 fen unless scene_id is
 * given, field lengths (PARAM_ERROR), at most 10 packets per user per day (SENDNUM_LIMIT), the merchant's balance
 * (NOTENOUGH). The same mch_billno returns the same result. A sent packet lands in the user's inbox as kind
 * {@code redpack} and its amount leaves the merchant's ledger.
 */
final class RedPackEndpoints implements Resettable {
    private static final Pattern BILLNO = Pattern.compile("[0-9A-Za-z]{1,28}");
    private final PayState state;
    private final Accounts accounts;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Clock clock;
    private final PayIds ids;
    private final RedPackets packets = new RedPackets();
    private final Map<String, Integer> perUserDay = new HashMap<>();

    RedPackEndpoints(PayState state, Accounts accounts, Clock clock, PayIds ids) {
        this.state = state;
        this.accounts = accounts;
        this.clock = clock;
        this.ids = ids;
    }

    void routes(Router router) {
        router.post("/mmpaymkttransfers/sendredpack", r -> send(r, false));
        router.post("/mmpaymkttransfers/sendgroupredpack", r -> send(r, true));
        router.post("/mmpaymkttransfers/gethbinfo", this::info);
        router.get("/emulator/redpacks/{billno}", r -> Answer.json(packet(r, packets.find(r.pathParam("billno"),
                r.query("mchId")))));
        router.post("/emulator/redpacks/{billno}/open", this::open);
    }

    /** A user opens a packet (or takes a share of a group packet); as {@code POST /emulator/redpacks/{no}/open}. */
    long open(String mchBillno, String mchId, String openid) {
        RedPackets.Packet p = packets.find(mchBillno, mchId);
        FakeUser u = openid == null ? null : accounts.user(openid);
        if (u == null) {
            throw new ControlError(404, "no user " + openid);
        }
        return p.open(openid, u.appId(), clock.instant()).amountFen();
    }

    private Answer open(Request r) {
        long amount = open(r.pathParam("billno"), r.query("mchId"), r.json().path("openid").asText(null));
        RedPackets.Packet p = packets.find(r.pathParam("billno"), r.query("mchId"));
        return Answer.json(packet(r, p).put("amountFen", amount));
    }

    private static ObjectNode packet(Request r, RedPackets.Packet p) {
        ObjectNode out = r.codec().object().put("mchId", p.mchId).put("mchBillno", p.mchBillno)
                .put("hbType", p.group ? "GROUP" : "NORMAL").put("status", p.status()).put("totalNum", p.totalNum())
                .put("totalAmount", p.total).put("remaining", p.remaining());
        var list = out.putArray("receivers");
        p.receivers().forEach(x -> list.addObject().put("openid", x.openid()).put("amountFen", x.amountFen())
                .put("at", x.at().toString()));
        return out;
    }

    /** A v2 business failure: return_code/result_code FAIL with err_code. */
    private static final class Fail extends RuntimeException {
        private final String code;

        Fail(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private Answer send(Request r, boolean group) {
        Map<String, String> p;
        try {
            p = FlatXml.parse(r.bodyString());
        } catch (MalformedBodyException e) {
            return xml(Map.of("return_code", "FAIL", "return_msg", "XML_ERROR"));
        }
        try {
            Merchant m = authenticate(r, p, "wxappid");
            synchronized (this) {
                RedPackets.Packet previous = packets.get(m.mchId(), p.get("mch_billno"));
                if (previous != null) {
                    return xml(previous.answer);
                }
                return xml(deliver(m, p, group));
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

    private Map<String, String> deliver(Merchant m, Map<String, String> p, boolean group) {
        FakeUser u = accounts.user(p.get("re_openid"));
        if (u == null || !u.appId().equals(m.appId())) {
            throw new Fail("OPENID_ERROR", "openid和appid不匹配");
        }
        List<Long> shares = group ? checkGroup(p) : List.of(check(p));
        String key = u.openid() + "/" + LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8));
        if (perUserDay.merge(key, 1, Integer::sum) > 10) {
            perUserDay.merge(key, -1, Integer::sum);
            throw new Fail("SENDNUM_LIMIT", "该用户今日领取红包个数超过限制");
        }
        String listId = "1000" + ids.digits(26);
        long amount = shares.stream().mapToLong(Long::longValue).sum();
        if (!state.ledger.record(m.mchId(), clock.instant(), listId, "4200" + ids.digits(24), "现金红包",
                group ? "裂变红包" : "现金红包", -amount, p.get("mch_billno"), p.get("act_name"))) {
            perUserDay.merge(key, -1, Integer::sum);
            throw new Fail("NOTENOUGH", "帐号余额不足，请到商户平台充值后再重试");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sendName", p.get("send_name"));
        fields.put("wishing", p.get("wishing"));
        fields.put("actName", p.get("act_name"));
        fields.put("totalAmount", Long.parseLong(p.get("total_amount")));
        fields.put("mchBillno", p.get("mch_billno"));
        fields.put("mchId", m.mchId());
        fields.put("hbType", group ? "GROUP" : "NORMAL");
        fields.put("totalNum", shares.size());
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
        packets.put(new RedPackets.Packet(m.mchId(), m.appId(), p.get("mch_billno"), u.openid(), shares, group,
                clock.instant(), out));
        return out;
    }

    /** A group packet's checks; its random shares. */
    private List<Long> checkGroup(Map<String, String> p) {
        int num;
        long amount;
        try {
            num = Integer.parseInt(p.getOrDefault("total_num", ""));
            amount = Long.parseLong(p.getOrDefault("total_amount", ""));
        } catch (NumberFormatException e) {
            throw new Fail("PARAM_ERROR", "total_num 和 total_amount 必须是整数");
        }
        if (num < 3 || num > 20) {
            throw new Fail("PARAM_ERROR", "裂变红包 total_num 必须在3到20之间");
        }
        if (!"ALL_RAND".equals(p.get("amt_type"))) {
            throw new Fail("PARAM_ERROR", "amt_type 必须为 ALL_RAND");
        }
        boolean scene = !p.getOrDefault("scene_id", "").isEmpty();
        if (amount < num || (!scene && (amount < 100L * num || amount > 20_000L * num))) {
            throw new Fail("PARAM_ERROR", "每个红包的平均金额必须在1.00元到200.00元之间");
        }
        commonChecks(p);
        return RedPackets.split(amount, num, scene ? 1 : 100, ids);
    }

    /** A normal packet's checks; its amount. */
    private static long check(Map<String, String> p) {
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
        commonChecks(p);
        length(p, "client_ip", 15, true);
        return amount;
    }

    private static void commonChecks(Map<String, String> p) {
        if (!BILLNO.matcher(p.getOrDefault("mch_billno", "")).matches()) {
            throw new Fail("PARAM_ERROR", "mch_billno 必须是1到28位的数字或字母");
        }
        length(p, "send_name", 32, true);
        length(p, "wishing", 128, true);
        length(p, "act_name", 32, true);
        length(p, "remark", 256, true);
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
            RedPackets.Packet s = packets.get(m.mchId(), p.get("mch_billno"));
            if (s == null) {
                throw new Fail("NOT_FOUND", "指定单号数据不存在");
            }
            Map<String, String> out = new LinkedHashMap<>();
            out.put("return_code", "SUCCESS");
            out.put("return_msg", "OK");
            out.put("result_code", "SUCCESS");
            out.put("mch_billno", s.mchBillno);
            out.put("mch_id", m.mchId());
            out.put("detail_id", s.answer.get("send_listid"));
            out.put("status", s.status());
            out.put("send_type", "API");
            out.put("hb_type", s.group ? "GROUP" : "NORMAL");
            out.put("total_num", Integer.toString(s.totalNum()));
            out.put("total_amount", Long.toString(s.total));
            out.put("send_time", time(s.sentAt));
            out.put("openid", s.reOpenid);
            return xml(out, s.receivers());
        } catch (Fail f) {
            return xml(Map.of("return_code", "FAIL", "return_msg", f.getMessage(), "result_code", "FAIL",
                    "err_code", f.code, "err_code_des", f.getMessage()));
        }
    }

    private static Answer xml(Map<String, String> fields) {
        return xml(fields, List.of());
    }

    /** The flat answer, plus gethbinfo's nested {@code <hblist><hbinfo>…</hbinfo></hblist>} when there are receivers. */
    private static Answer xml(Map<String, String> fields, List<RedPackets.Receiver> receivers) {
        String flat = FlatXml.write(fields);
        if (!receivers.isEmpty()) {
            StringBuilder list = new StringBuilder("<hblist>\n");
            for (RedPackets.Receiver x : receivers) {
                list.append("<hbinfo>\n<openid><![CDATA[").append(x.openid()).append("]]></openid>\n<amount>")
                        .append(x.amountFen()).append("</amount>\n<rcv_time><![CDATA[").append(time(x.at()))
                        .append("]]></rcv_time>\n</hbinfo>\n");
            }
            flat = flat.substring(0, flat.length() - "</xml>".length()) + list.append("</hblist>\n</xml>");
        }
        return Answer.bytes(200, "text/xml; charset=utf-8", flat.getBytes(StandardCharsets.UTF_8));
    }

    private static String time(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.ofHours(8)).format(TIME);
    }

    @Override
    public synchronized void reset() {
        packets.reset();
        perUserDay.clear();
    }
}
