package io.wxkit.emulator.internal.mp.kf;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Resettable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Customer-service accounts per Official Account: {@code prefix@account} names (prefix ≤ 10 letters, digits or
 * {@code _}; 65404 otherwise), nicknames ≤ 16 characters (65403), at most 100 accounts (65405), one name once
 * (65406); the binding of a WeChat user by invitation (pending 7 days; 65407/65408/65411/65412 for the
 * documented conflicts) and whether the worker is online. Thread-safe.
 */
public final class KfAccounts implements Resettable {
    static final int MAX_ACCOUNTS = 100;
    static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,10}@[A-Za-z0-9_-]{1,64}");
    private final Map<String, Map<String, Kf>> byApp = new HashMap<>();
    private int nextId = 1001;

    /** One customer-service account as {@code getkflist} shows it. */
    record Kf(String account, String nickname, int id, String headImgUrl, String wechatId, String inviteWechatId,
              Instant inviteExpires, String inviteStatus, boolean online) {
        Kf with(String nick, String head, String wx, String inviteWx, Instant expires, String status, boolean on) {
            return new Kf(account, nick, id, head, wx, inviteWx, expires, status, on);
        }
    }

    synchronized void add(String appId, String account, String nickname) {
        checkName(account);
        checkNickname(nickname);
        Map<String, Kf> all = accounts(appId);
        if (all.containsKey(account)) {
            throw new ApiError(65406, "kf account exsited");
        }
        if (all.size() >= MAX_ACCOUNTS) {
            throw new ApiError(65405, "kf account count exceeded");
        }
        all.put(account, new Kf(account, nickname, nextId++, "", null, null, null, null, false));
    }

    synchronized void update(String appId, String account, String nickname) {
        checkNickname(nickname);
        Kf k = require(appId, account);
        put(appId, k.with(nickname, k.headImgUrl(), k.wechatId(), k.inviteWechatId(), k.inviteExpires(),
                k.inviteStatus(), k.online()));
    }

    synchronized void delete(String appId, String account) {
        require(appId, account);
        accounts(appId).remove(account);
    }

    synchronized void headImage(String appId, String account, String url) {
        Kf k = require(appId, account);
        put(appId, k.with(k.nickname(), url, k.wechatId(), k.inviteWechatId(), k.inviteExpires(), k.inviteStatus(),
                k.online()));
    }

    synchronized void invite(String appId, String account, String wechatId, Instant now) {
        Kf k = require(appId, account);
        if (!wechatId.matches("[A-Za-z][A-Za-z0-9_-]{5,19}")) {
            throw new ApiError(65409, "invalid wx account");
        }
        if (k.wechatId() != null) {
            throw new ApiError(65412, "kf account already bound to a wechat id");
        }
        for (Kf other : accounts(appId).values()) {
            if (wechatId.equals(other.wechatId())) {
                throw new ApiError(65407, "invitee is already a kf of this account");
            }
            if (pending(other, now) && wechatId.equals(other.inviteWechatId())) {
                throw new ApiError(65408, "this account already invited this wechat id");
            }
        }
        if (pending(k, now)) {
            throw new ApiError(65411, "kf account already has a pending invitation");
        }
        put(appId, k.with(k.nickname(), k.headImgUrl(), null, wechatId, now.plus(INVITE_LIFETIME), "waiting",
                false));
    }

    /**
     * The invited WeChat user answers the invitation (control API).
     *
     * @throws ControlError 404 for an unknown account, 409 when no invitation is pending
     */
    public synchronized void answerInvite(String appId, String account, boolean accept, Instant now) {
        Kf k = controlKf(appId, account);
        if (!pending(k, now)) {
            throw new ControlError(409, "kf account " + account + " has no pending invitation");
        }
        put(appId, accept ? k.with(k.nickname(), k.headImgUrl(), k.inviteWechatId(), null, null, null, false)
                : k.with(k.nickname(), k.headImgUrl(), null, k.inviteWechatId(), k.inviteExpires(), "rejected",
                false));
    }

    /**
     * The worker logs in or out of the customer-service client (control API).
     *
     * @throws ControlError 404 for an unknown account, 409 when no WeChat user is bound to it
     */
    public synchronized void setOnline(String appId, String account, boolean online) {
        Kf k = controlKf(appId, account);
        if (online && k.wechatId() == null) {
            throw new ControlError(409, "kf account " + account + " has no bound wechat id (invite and accept first)");
        }
        put(appId, k.with(k.nickname(), k.headImgUrl(), k.wechatId(), k.inviteWechatId(), k.inviteExpires(),
                k.inviteStatus(), online));
    }

    /** The accounts in creation order, invitations past their lifetime shown as {@code expired}. */
    synchronized List<Kf> all(String appId, Instant now) {
        List<Kf> out = new ArrayList<>();
        for (Kf k : accounts(appId).values()) {
            boolean expired = "waiting".equals(k.inviteStatus()) && !now.isBefore(k.inviteExpires());
            out.add(expired ? k.with(k.nickname(), k.headImgUrl(), k.wechatId(), k.inviteWechatId(),
                    k.inviteExpires(), "expired", k.online()) : k);
        }
        return out;
    }

    /**
     * The account.
     *
     * @throws ApiError 65401 (invalid kf account) when unknown
     */
    synchronized Kf require(String appId, String account) {
        Kf k = account == null ? null : accounts(appId).get(account);
        if (k == null) {
            throw new ApiError(65401, "invalid kf account");
        }
        return k;
    }

    private Kf controlKf(String appId, String account) {
        Kf k = accounts(appId).get(account);
        if (k == null) {
            throw new ControlError(404, "no kf account " + account + " on " + appId);
        }
        return k;
    }

    private static boolean pending(Kf k, Instant now) {
        return "waiting".equals(k.inviteStatus()) && now.isBefore(k.inviteExpires());
    }

    private void put(String appId, Kf k) {
        accounts(appId).put(k.account(), k);
    }

    private Map<String, Kf> accounts(String appId) {
        return byApp.computeIfAbsent(appId, a -> new LinkedHashMap<>());
    }

    private static void checkName(String account) {
        if (account == null || !NAME.matcher(account).matches()) {
            throw new ApiError(65404, "invalid kf account");
        }
    }

    private static void checkNickname(String nickname) {
        if (nickname == null || nickname.isBlank() || nickname.codePointCount(0, nickname.length()) > 16) {
            throw new ApiError(65403, "invalid kf nickname");
        }
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
        nextId = 1001;
    }
}
