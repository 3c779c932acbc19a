package io.wxkit.emulator.internal.mp.kf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.MalformedBodyException;
import io.wxkit.emulator.internal.http.Multipart;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Customer service (客服): accounts ({@code customservice/kfaccount/add|update|del|inviteworker|uploadheadimg},
 * {@code cgi-bin/customservice/getkflist|getonlinekflist}), sessions ({@code customservice/kfsession/create|
 * close|getsession|getsessionlist|getwaitcase}) and the chat record ({@code customservice/msgrecord/getmsglist}:
 * what workers sent, opercode 2002, and what users sent while in a session, 2003; a window over 24 h is 65417,
 * more than 10 000 rows per page 65416). Thread-safe.
 */
public final class KfEndpoints implements Resettable {
    static final long MAX_HEAD_IMAGE = 5L * 1024 * 1024;
    private final Accounts accounts;
    private final Tokens tokens;
    private final ActivityLog activity;
    private final Clock clock;
    private final KfAccounts kfs = new KfAccounts();
    private final KfSessions sessions;
    private final Map<String, byte[]> headImages = new java.util.concurrent.ConcurrentHashMap<>();

    public KfEndpoints(Accounts accounts, Tokens tokens, ActivityLog activity, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.activity = activity;
        this.clock = clock;
        this.sessions = new KfSessions(activity);
    }

    /** The accounts, for the control API (invitations answered, workers online). */
    public KfAccounts accounts() {
        return kfs;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.get("/cgi-bin/customservice/getkflist", this::list);
        router.get("/cgi-bin/customservice/getonlinekflist", this::online);
        router.post("/customservice/kfaccount/add", r -> account(r, true));
        router.post("/customservice/kfaccount/update", r -> account(r, false));
        router.any("/customservice/kfaccount/del", this::delete);
        router.post("/customservice/kfaccount/inviteworker", this::invite);
        router.post("/customservice/kfaccount/uploadheadimg", this::headImage);
        router.post("/customservice/kfsession/create", r -> session(r, true));
        router.post("/customservice/kfsession/close", r -> session(r, false));
        router.get("/customservice/kfsession/getsession", this::getSession);
        router.get("/customservice/kfsession/getsessionlist", this::sessionList);
        router.get("/customservice/kfsession/getwaitcase", this::waitCase);
        router.post("/customservice/msgrecord/getmsglist", this::records);
        router.get("/emulator/kf/{appId}/{account}/headimg", this::headImageBytes);
    }

    private Answer list(Request r) {
        String appId = tokens.appIdFor(r);
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("kf_list");
        for (KfAccounts.Kf k : kfs.all(appId, clock.instant())) {
            ObjectNode n = list.addObject().put("kf_account", k.account()).put("kf_headimgurl", k.headImgUrl())
                    .put("kf_id", Integer.toString(k.id())).put("kf_nick", k.nickname());
            if (k.wechatId() != null) {
                n.put("kf_wx", k.wechatId());
            }
            if (k.inviteStatus() != null) {
                n.put("invite_wx", k.inviteWechatId()).put("invite_expire_time", k.inviteExpires().getEpochSecond())
                        .put("invite_status", k.inviteStatus());
            }
        }
        return Answer.json(out);
    }

    private Answer online(Request r) {
        String appId = tokens.appIdFor(r);
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("kf_online_list");
        for (KfAccounts.Kf k : kfs.all(appId, clock.instant())) {
            if (k.online()) {
                list.addObject().put("kf_account", k.account()).put("status", 1).put("kf_id", Integer.toString(k.id()))
                        .put("accepted_case", sessions.servedBy(appId, k.account()).size());
            }
        }
        return Answer.json(out);
    }

    private Answer account(Request r, boolean add) {
        String appId = tokens.appIdFor(r);
        String account = r.json().path("kf_account").asText(null);
        String nickname = r.json().path("nickname").asText(null);
        if (add) {
            kfs.add(appId, account, nickname);
        } else {
            kfs.update(appId, account, nickname);
        }
        return ok(r);
    }

    private Answer delete(Request r) {
        String appId = tokens.appIdFor(r);
        kfs.delete(appId, r.query("kf_account"));
        return ok(r);
    }

    private Answer invite(Request r) {
        String appId = tokens.appIdFor(r);
        String wx = r.json().path("invite_wx").asText("");
        kfs.invite(appId, r.json().path("kf_account").asText(null), wx, clock.instant());
        return ok(r);
    }

    private Answer headImage(Request r) {
        String appId = tokens.appIdFor(r);
        String account = r.query("kf_account");
        kfs.require(appId, account);
        List<Multipart.Part> parts;
        try {
            parts = Multipart.parse(r);
        } catch (MalformedBodyException e) {
            throw new ApiError(41005, "media data missing");
        }
        Multipart.Part media = parts.stream().filter(p -> "media".equals(p.name())).findFirst()
                .orElseThrow(() -> new ApiError(41005, "media data missing"));
        String name = media.filename() == null ? "" : media.filename().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new ApiError(40005, "invalid file type: the head image must be a jpg");
        }
        if (media.data().length == 0 || media.data().length > MAX_HEAD_IMAGE) {
            throw new ApiError(40009, "invalid image size");
        }
        headImages.put(appId + "/" + account, media.data());
        kfs.headImage(appId, account, r.baseUrl() + "/emulator/kf/" + appId + "/" + account + "/headimg");
        return ok(r);
    }

    private Answer headImageBytes(Request r) {
        byte[] image = headImages.get(r.pathParam("appId") + "/" + r.pathParam("account"));
        if (image == null) {
            throw new io.wxkit.emulator.internal.http.ControlError(404, "no head image uploaded for this kf account");
        }
        return Answer.bytes(200, "image/jpeg", image);
    }

    private Answer session(Request r, boolean create) {
        String appId = tokens.appIdFor(r);
        KfAccounts.Kf kf = kfs.require(appId, r.json().path("kf_account").asText(null));
        String openid = accounts.requireUser(appId, r.json().path("openid").asText(null)).openid();
        if (create) {
            sessions.create(appId, kf, openid, clock.instant());
        } else {
            sessions.close(appId, kf.account(), openid, clock.instant());
        }
        return ok(r);
    }

    private Answer getSession(Request r) {
        String appId = tokens.appIdFor(r);
        String openid = accounts.requireUser(appId, r.query("openid")).openid();
        KfSessions.Session s = sessions.open(appId, openid);
        return Answer.json(r.codec().object().put("createtime", s == null ? 0 : s.start().getEpochSecond())
                .put("errcode", 0).put("errmsg", "ok").put("kf_account", s == null ? "" : s.kf()));
    }

    private Answer sessionList(Request r) {
        String appId = tokens.appIdFor(r);
        KfAccounts.Kf kf = kfs.require(appId, r.query("kf_account"));
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("sessionlist");
        for (KfSessions.Session s : sessions.servedBy(appId, kf.account())) {
            list.addObject().put("createtime", s.start().getEpochSecond()).put("openid", s.openid());
        }
        return Answer.json(out);
    }

    private Answer waitCase(Request r) {
        String appId = tokens.appIdFor(r);
        Map<String, Instant> waiting = sessions.waiting(appId);
        ObjectNode out = r.codec().object().put("count", waiting.size());
        ArrayNode list = out.putArray("waitcaselist");
        waiting.forEach((openid, at) -> list.addObject().put("latest_time", at.getEpochSecond()).put("openid", openid));
        return Answer.json(out);
    }

    private record Row(String openid, int opercode, String text, Instant at, String worker) {
    }

    private Answer records(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        long start = b.path("starttime").asLong(-1);
        long end = b.path("endtime").asLong(-1);
        long from = b.path("msgid").asLong(1);
        int number = b.path("number").asInt(10_000);
        if (start < 0 || end < start || from < 1 || number < 1 || number > 10_000) {
            throw new ApiError(65416, "invalid parameter");
        }
        if (end - start > 24 * 3600) {
            throw new ApiError(65417, "time range out of limit: at most 24 hours");
        }
        List<Row> rows = rows(appId, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
        int first = (int) Math.min(rows.size(), from - 1);
        List<Row> page = rows.subList(first, Math.min(rows.size(), first + number));
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("recordlist");
        for (Row row : page) {
            list.addObject().put("openid", row.openid()).put("opercode", row.opercode()).put("text", row.text())
                    .put("time", row.at().getEpochSecond()).put("worker", row.worker());
        }
        return Answer.json(out.put("number", page.size()).put("msgid", from + page.size()));
    }

    private List<Row> rows(String appId, Instant start, Instant end) {
        List<Row> rows = new ArrayList<>();
        for (Activity a : activity.of(appId, a -> !a.at().isBefore(start) && !a.at().isAfter(end.plusSeconds(1)))) {
            KfSessions.Session s = a.openid() == null ? null : sessions.at(appId, a.openid(), a.at());
            if (a.kind() == Activity.Kind.KF_SENT) {
                String worker = a.text("kfAccount", s == null ? null : s.kf());
                if (worker != null) {
                    rows.add(new Row(a.openid(), 2002, a.text("text", ""), a.at(), worker));
                }
            } else if (a.kind() == Activity.Kind.MESSAGE && s != null) {
                rows.add(new Row(a.openid(), 2003, a.text("text", ""), a.at(), s.kf()));
            }
        }
        rows.sort(Comparator.comparing(Row::at));
        return rows;
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public void reset() {
        kfs.reset();
        sessions.reset();
        headImages.clear();
    }
}
