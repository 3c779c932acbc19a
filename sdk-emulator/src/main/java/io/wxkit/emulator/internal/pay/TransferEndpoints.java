package io.wxkit.emulator.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Merchant transfers (商家转账, api-reference §16) and the user's side of them. {@code POST
 * /v3/fund-app/mch-transfer/transfer-bills} checks appid (the merchant's), out_bill_no 1–32 letters/digits,
 * transfer_scene_id, openid (a user of the appid), transfer_amount ≥ 1 fen within the merchant's balance (403
 * NOT_ENOUGH), transfer_remark 1–32 characters, notify_url without query, transfer_scene_report_infos present, and
 * user_name (encrypted with the platform key, {@code Wechatpay-Serial} sent) from 2 000 CNY; it answers
 * WAIT_USER_CONFIRM with {@code package_info} and puts a confirmation card in the user's chat. Queries by either
 * number (404 NOT_FOUND) and cancel (WAIT_USER_CONFIRM only). The control API lets the user confirm (SUCCESS, money
 * leaves the ledger) or reject (CANCELLED), or fails the bill; every final state sends MCHTRANSFER.BILL.FINISHED.
 */
final class TransferEndpoints {
    private static final Pattern OUT_BILL_NO = Pattern.compile("[0-9A-Za-z]{1,32}");
    private static final long NAME_REQUIRED_FROM_FEN = 200_000;
    private final PayState state;
    private final PayGate gate;
    private final Notifier notifier;
    private final SensitiveInput sensitive;
    private final Accounts accounts;
    private final Json json;
    private final Clock clock;
    private final PayIds ids;

    TransferEndpoints(PayState state, PayGate gate, Notifier notifier, SensitiveInput sensitive, Accounts accounts,
                      Json json, Clock clock, PayIds ids) {
        this.json = json;
        this.state = state;
        this.gate = gate;
        this.notifier = notifier;
        this.sensitive = sensitive;
        this.accounts = accounts;
        this.clock = clock;
        this.ids = ids;
    }

    void routes(Router router) {
        String base = "/v3/fund-app/mch-transfer/transfer-bills";
        router.post(base, gate.guard(this::create));
        router.get(base + "/out-bill-no/{no}", gate.guard((m, r) -> Answer.json(bill(r.codec(),
                found(state.transfer(m.mchId(), r.pathParam("no")), m)))));
        router.get(base + "/transfer-bill-no/{no}", gate.guard((m, r) -> Answer.json(bill(r.codec(),
                found(state.transferByBillNo(r.pathParam("no")), m)))));
        router.post(base + "/out-bill-no/{no}/cancel", gate.guard(this::cancel));
        router.get("/emulator/transfers", this::list);
        router.get("/emulator/transfers/{no}", r -> Answer.json(control(r.codec(), pick(r.pathParam("no"),
                r.query("mchId")))));
        router.post("/emulator/transfers/{no}/confirm", r -> Answer.json(control(r.codec(),
                userAnswers(r.pathParam("no"), r.query("mchId"), true))));
        router.post("/emulator/transfers/{no}/reject", r -> Answer.json(control(r.codec(),
                userAnswers(r.pathParam("no"), r.query("mchId"), false))));
        router.post("/emulator/transfers/{no}/fail", r -> Answer.json(control(r.codec(), end(pick(r.pathParam("no"),
                r.query("mchId")), "FAIL", (r.body().length == 0 ? r.codec().object() : r.json()).path("reason")
                .asText("PAYEE_ACCOUNT_ABNORMAL")))));
    }

    /**
     * The payee confirms (SUCCESS) or declines (CANCELLED) a transfer awaiting them.
     *
     * @throws ControlError 404 unknown, 409 several merchants used the number, not awaiting, or no balance left
     */
    Transfer userAnswers(String outBillNo, String mchId, boolean confirm) {
        Transfer t = pick(outBillNo, mchId);
        return confirm ? confirm(t) : end(t, "CANCELLED", null);
    }

    private Answer create(Merchant m, Request r) {
        JsonNode b = r.json();
        String outBillNo = b.path("out_bill_no").asText("");
        Transfer.Terms terms = terms(m, r, b, outBillNo);
        Transfer existing = state.transfer(m.mchId(), outBillNo);
        if (existing != null) {
            if (!existing.fingerprint.equals(terms.fingerprint())) {
                throw new PayError(400, "INVALID_REQUEST", "商户单号 out_bill_no 已使用, 且请求参数与原单不一致");
            }
            return Answer.json(created(r.codec(), existing));
        }
        if (state.ledger.balance(m.mchId()) < terms.amount()) {
            throw new PayError(403, "NOT_ENOUGH", "商户运营账户资金不足");
        }
        byte[] pkg = new byte[48];
        for (int i = 0; i < pkg.length; i++) {
            pkg[i] = (byte) ids.nextInt(256);
        }
        Transfer t = new Transfer(m.mchId(), m.appId(), outBillNo, "1330" + ids.digits(36), terms,
                Base64.getEncoder().encodeToString(pkg), clock.instant());
        state.put(t);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("mchId", t.mchId);
        card.put("outBillNo", t.outBillNo);
        card.put("amountFen", t.amount);
        card.put("remark", t.remark);
        accounts.user(t.openid).receive(new InboxEntry("transfer", "transfer", card, t.createTime));
        return Answer.json(created(r.codec(), t));
    }

    private Transfer.Terms terms(Merchant m, Request r, JsonNode b, String outBillNo) {
        if (!m.appId().equals(b.path("appid").asText())) {
            throw new PayError(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
        }
        if (!OUT_BILL_NO.matcher(outBillNo).matches()) {
            throw PayError.param("out_bill_no 必须是1到32位的数字或字母");
        }
        String scene = b.path("transfer_scene_id").asText("");
        if (scene.isEmpty() || scene.length() > 36) {
            throw PayError.param("transfer_scene_id 不能为空");
        }
        String openid = b.path("openid").asText("");
        FakeUser u = accounts.user(openid);
        if (u == null || !u.appId().equals(m.appId())) {
            throw PayError.param("openid 与 appid 不匹配");
        }
        JsonNode amount = b.path("transfer_amount");
        if (!amount.isIntegralNumber() || amount.asLong() < 1) {
            throw PayError.param("transfer_amount 必须是大于0的整数(分)");
        }
        String remark = b.path("transfer_remark").asText("");
        if (remark.isEmpty() || remark.codePointCount(0, remark.length()) > 32) {
            throw PayError.param("transfer_remark 长度必须在1到32个字符之间");
        }
        String notifyUrl = b.path("notify_url").asText(null);
        if (notifyUrl != null && (!notifyUrl.startsWith("http") || notifyUrl.contains("?") || notifyUrl.length() > 256)) {
            throw PayError.param("notify_url 必须是不带参数的完整URL");
        }
        if (!b.path("transfer_scene_report_infos").isArray() || b.path("transfer_scene_report_infos").isEmpty()) {
            throw PayError.param("需传入转账场景报备信息 transfer_scene_report_infos");
        }
        if (b.hasNonNull("user_name")) {
            sensitive.decrypt(m, r, "user_name", b.get("user_name").asText());
        } else if (amount.asLong() >= NAME_REQUIRED_FROM_FEN) {
            throw PayError.param("转账金额 >= 2000元时必须传入收款用户姓名 user_name");
        }
        return new Transfer.Terms(scene, openid, amount.asLong(), remark, notifyUrl,
                scene + "/" + openid + "/" + amount.asLong() + "/" + remark);
    }

    private Answer cancel(Merchant m, Request r) {
        Transfer t = found(state.transfer(m.mchId(), r.pathParam("no")), m);
        if (!t.finish("CANCELLED", null, clock.instant())) {
            throw new PayError(400, "INVALID_REQUEST", "转账单当前状态为" + t.state() + ", 不支持撤销");
        }
        finished(t);
        return Answer.json(r.codec().object().put("out_bill_no", t.outBillNo).put("transfer_bill_no", t.transferBillNo)
                .put("state", t.state()).put("update_time", Transactions.time(t.updateTime())));
    }

    private Transfer confirm(Transfer t) {
        synchronized (t) {
            if (!t.state().equals("WAIT_USER_CONFIRM")) {
                throw new ControlError(409, "transfer " + t.outBillNo + " is " + t.state() + ", not awaiting the user");
            }
            Instant now = clock.instant();
            if (!state.ledger.record(t.mchId, now, t.transferBillNo, "4200" + ids.digits(24), "商家转账", "商家转账",
                    -t.amount, t.outBillNo, t.remark)) {
                throw new ControlError(409, "merchant " + t.mchId + " lacks the balance for " + t.outBillNo);
            }
            t.finish("SUCCESS", null, now);
        }
        finished(t);
        return t;
    }

    private Transfer end(Transfer t, String target, String reason) {
        if (!t.finish(target, reason, clock.instant())) {
            throw new ControlError(409, "transfer " + t.outBillNo + " is already " + t.state());
        }
        finished(t);
        return t;
    }

    private void finished(Transfer t) {
        Merchant m = state.merchant(t.mchId);
        if (t.notifyUrl != null && m != null) {
            notifier.sendLater(m, new Notifier.Message(t.notifyUrl, Notifier.Kind.TRANSFER,
                    "MCHTRANSFER.BILL.FINISHED", "商家转账单据终态通知", "mch_payment", "mch_payment",
                    json.writeString(notificationResource(t)), t::attempt));
        }
    }

    private ObjectNode notificationResource(Transfer t) {
        ObjectNode n = json.object().put("mchid", t.mchId)
                .put("out_bill_no", t.outBillNo).put("transfer_bill_no", t.transferBillNo).put("state", t.state())
                .put("transfer_amount", t.amount).put("openid", t.openid);
        if (t.failReason() != null) {
            n.put("fail_reason", t.failReason());
        }
        return n.put("create_time", Transactions.time(t.createTime)).put("update_time", Transactions.time(t.updateTime()));
    }

    private static Transfer found(Transfer t, Merchant m) {
        if (t == null || !t.mchId.equals(m.mchId())) {
            throw new PayError(404, "NOT_FOUND", "记录不存在");
        }
        return t;
    }

    private static ObjectNode created(Json json, Transfer t) {
        ObjectNode n = json.object().put("out_bill_no", t.outBillNo).put("transfer_bill_no", t.transferBillNo)
                .put("create_time", Transactions.time(t.createTime)).put("state", t.state());
        if (t.state().equals("WAIT_USER_CONFIRM")) {
            n.put("package_info", t.packageInfo);
        }
        return n;
    }

    private static ObjectNode bill(Json json, Transfer t) {
        ObjectNode n = json.object().put("mch_id", t.mchId).put("out_bill_no", t.outBillNo)
                .put("transfer_bill_no", t.transferBillNo).put("appid", t.appId).put("state", t.state())
                .put("transfer_amount", t.amount).put("transfer_remark", t.remark);
        if (t.failReason() != null) {
            n.put("fail_reason", t.failReason());
        }
        n.put("openid", t.openid).put("create_time", Transactions.time(t.createTime))
                .put("update_time", Transactions.time(t.updateTime()));
        if (t.state().equals("WAIT_USER_CONFIRM")) {
            n.put("package_info", t.packageInfo);
        }
        return n;
    }

    private static ObjectNode control(Json json, Transfer t) {
        ObjectNode n = bill(json, t);
        PayControlEndpoints.attempts(n, t.attempts());
        return n;
    }

    private Answer list(Request r) {
        String openid = r.query("openid");
        if (openid == null) {
            throw new ControlError(400, "openid is required");
        }
        ArrayNode out = r.codec().array();
        state.transfers(null, openid).forEach(t -> out.add(bill(r.codec(), t)));
        return Answer.json(out);
    }

    /** The transfer named by the path; {@code ?mchId=} disambiguates when several merchants used the number. */
    private Transfer pick(String outBillNo, String mchId) {
        List<Transfer> found = state.transfers(outBillNo, null).stream()
                .filter(t -> mchId == null || t.mchId.equals(mchId)).toList();
        if (found.isEmpty()) {
            throw new ControlError(404, "no transfer " + outBillNo);
        }
        if (found.size() > 1) {
            throw new ControlError(409, "several merchants used " + outBillNo + "; add ?mchId=");
        }
        return found.get(0);
    }
}
