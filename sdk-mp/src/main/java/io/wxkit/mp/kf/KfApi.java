package io.wxkit.mp.kf;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.MpCalls;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer-service APIs (客服) of one Official Account: send messages and the typing state,
 * manage customer-service accounts, and create, close and list sessions.
 *
 * <pre>{@code
 * mp.kf().typing(openid, TypingCommand.TYPING);
 * mp.kf().send(KfMessage.text(openid, "Your order has shipped"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.kf()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} on an errcode (45015 outside the follower's
 * interaction window, 45047 too many messages, 65400-65416 for account and session errors) or
 * when WeChat cannot be reached. Sends are not retried after a lost answer, so a message is never
 * doubled.
 */
public final class KfApi {
    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.kf()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public KfApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Sends a customer-service message: {@code POST cgi-bin/message/custom/send}.
     *
     * @param message the message, addressed and typed by its factory; not null
     * @throws NullPointerException if {@code message} is null
     */
    public void send(KfMessage message) {
        Objects.requireNonNull(message, "message");
        context.execute(ApiRequest.post("cgi-bin/message/custom/send").json(message));
    }

    /**
     * Shows or hides "typing..." to a follower: {@code POST cgi-bin/message/custom/typing}.
     *
     * @param openid the follower; not blank
     * @param command show or hide; not null
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank
     */
    public void typing(String openid, TypingCommand command) {
        Checks.requireText(openid, "touser");
        context.execute(ApiRequest.post("cgi-bin/message/custom/typing")
                .json(Map.of("touser", openid, "command", command.wireName())).asIdempotent());
    }

    /**
     * Every customer-service account: {@code GET cgi-bin/customservice/getkflist}.
     *
     * @return the accounts ({@code kf_list}), empty when the account has none
     */
    public List<KfAccount> accounts() {
        return context.list(ApiRequest.get("cgi-bin/customservice/getkflist"), "kf_list", KfAccount.class);
    }

    /**
     * The accounts online now: {@code GET cgi-bin/customservice/getonlinekflist}.
     *
     * @return the online accounts ({@code kf_online_list}) with their status and accepted sessions
     */
    public List<KfOnline> onlineAccounts() {
        return context.list(ApiRequest.get("cgi-bin/customservice/getonlinekflist"), "kf_online_list", KfOnline.class);
    }

    /**
     * Adds an account: {@code POST customservice/kfaccount/add}.
     *
     * @param account {@code prefix@account-wechat-id}, prefix at most 10 characters
     * @param nickname the nickname shown to followers
     */
    public void addAccount(String account, String nickname) {
        context.execute(ApiRequest.post("customservice/kfaccount/add").json(accountBody(account, nickname)));
    }

    /**
     * Changes an account's nickname: {@code POST customservice/kfaccount/update}.
     *
     * @param account the account, {@code prefix@account-wechat-id}; not blank
     * @param nickname the new nickname; not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void updateAccount(String account, String nickname) {
        context.execute(ApiRequest.post("customservice/kfaccount/update").json(accountBody(account, nickname))
                .asIdempotent());
    }

    /**
     * Deletes an account: {@code GET customservice/kfaccount/del}.
     *
     * @param account the account, {@code prefix@account-wechat-id}; not blank
     * @throws NullPointerException if {@code account} is null
     * @throws IllegalArgumentException if {@code account} is blank
     */
    public void deleteAccount(String account) {
        Checks.requireText(account, "kf_account");
        context.execute(ApiRequest.get("customservice/kfaccount/del").query("kf_account", account));
    }

    /**
     * Invites WeChat user {@code wechatId} to bind {@code account}: {@code POST customservice/kfaccount/inviteworker}.
     *
     * @param account the account, {@code prefix@account-wechat-id}; not blank
     * @param wechatId the WeChat id ({@code invite_wx}) of the person who will serve as {@code account}; not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void inviteWorker(String account, String wechatId) {
        Checks.requireText(account, "kf_account");
        Checks.requireText(wechatId, "invite_wx");
        context.execute(ApiRequest.post("customservice/kfaccount/inviteworker")
                .json(Map.of("kf_account", account, "invite_wx", wechatId)));
    }

    /**
     * Puts follower {@code openid} in a session with {@code account}: {@code POST customservice/kfsession/create}.
     *
     * @param account the customer-service account, {@code prefix@account-wechat-id}; not blank
     * @param openid the follower; not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void createSession(String account, String openid) {
        context.execute(ApiRequest.post("customservice/kfsession/create").json(sessionBody(account, openid)));
    }

    /**
     * Closes the session of {@code openid} with {@code account}: {@code POST customservice/kfsession/close}.
     *
     * @param account the customer-service account, {@code prefix@account-wechat-id}; not blank
     * @param openid the follower; not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public void closeSession(String account, String openid) {
        context.execute(ApiRequest.post("customservice/kfsession/close").json(sessionBody(account, openid)));
    }

    /**
     * The session of follower {@code openid}: {@code GET customservice/kfsession/getsession}.
     *
     * @param openid the follower; not blank
     * @return the session; its {@code kfAccount} and {@code createTime} are null when WeChat reports none
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank
     */
    public KfSession session(String openid) {
        Checks.requireText(openid, "openid");
        SessionWire wire = context.call(ApiRequest.get("customservice/kfsession/getsession").query("openid", openid),
                SessionWire.class);
        return new KfSession(openid, wire.kfAccount(), wire.createTime());
    }

    /**
     * The sessions {@code account} is serving: {@code GET customservice/kfsession/getsessionlist}.
     *
     * @param account the customer-service account, {@code prefix@account-wechat-id}; not blank
     * @return the sessions ({@code sessionlist}), each with {@code account} and its {@code createtime}
     * @throws NullPointerException if {@code account} is null
     * @throws IllegalArgumentException if {@code account} is blank
     */
    public List<KfSession> sessions(String account) {
        Checks.requireText(account, "kf_account");
        return context.list(ApiRequest.get("customservice/kfsession/getsessionlist").query("kf_account", account),
                "sessionlist", SessionWire.class).stream()
                .map(w -> new KfSession(w.openid(), account, w.createTime())).toList();
    }

    /**
     * The followers waiting for a session, each with the time of its latest message:
     * {@code GET customservice/kfsession/getwaitcase}.
     *
     * @return the waiting followers ({@code waitcaselist}); {@code kfAccount} is null and
     *     {@code createTime} holds the {@code latest_time}
     */
    public List<KfSession> waitingSessions() {
        return context.list(ApiRequest.get("customservice/kfsession/getwaitcase"), "waitcaselist", SessionWire.class)
                .stream().map(w -> new KfSession(w.openid(), null, w.latestTime())).toList();
    }

    private static Map<String, String> accountBody(String account, String nickname) {
        Checks.requireText(account, "kf_account");
        Checks.requireText(nickname, "nickname");
        return Map.of("kf_account", account, "nickname", nickname);
    }

    private static Map<String, String> sessionBody(String account, String openid) {
        Checks.requireText(account, "kf_account");
        Checks.requireText(openid, "openid");
        return Map.of("kf_account", account, "openid", openid);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionWire(@JsonProperty("openid") String openid, @JsonProperty("kf_account") String kfAccount,
            @JsonProperty("createtime") long createtime, @JsonProperty("latest_time") long latesttime) {
        Instant createTime() {
            return createtime > 0 ? Instant.ofEpochSecond(createtime) : null;
        }

        Instant latestTime() {
            return latesttime > 0 ? Instant.ofEpochSecond(latesttime) : null;
        }
    }
}
