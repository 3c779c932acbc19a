package io.wxkit.emulator;

import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.emulator.callback.Delivery;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.pay.PaidOrder;
import io.wxkit.emulator.pay.PlatformKeys;
import java.util.List;

/**
 * The control API as Java calls: register Official Accounts, create fake users, read inboxes, inject faults,
 * reset. Same behaviour as the HTTP endpoints under {@code /emulator/}.
 *
 * <pre>{@code
 * emulator.control().account("wx1", "secret", "token1", null, "http://127.0.0.1:8080/wx", CallbackMode.PLAIN);
 * String openid = emulator.control().user("wx1", "Alice").openid();
 * }</pre>
 *
 * <p>Thread-safe. A call the HTTP control API would refuse with a 4xx status throws an unchecked exception (an
 * emulator-internal type: catch {@code RuntimeException}) whose message says what is wrong; each method names the
 * status below. WeChat-side refusals (an openid of another account) carry WeChat's errcode instead.
 */
public final class EmulatorControl {
    private final Wiring wiring;

    EmulatorControl(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * Registers (or reconfigures) an Official Account.
     *
     * @param appId          the account's appId, non-blank
     * @param secret         its AppSecret, non-blank
     * @param token          the server configuration Token, 3 to 32 letters or digits
     * @param encodingAesKey 43 characters; may be null in plain mode
     * @param callbackUrl    the app's server URL, or null when it receives no messages
     * @param mode           how callbacks are encrypted; not null
     * @return the registered account, with the {@code gh_} original id the emulator assigned
     * @throws IllegalArgumentException when a value breaks WeChat's rules (token 3-32 letters/digits, ...)
     */
    public Account account(String appId, String secret, String token, String encodingAesKey, String callbackUrl,
                           CallbackMode mode) {
        return wiring.accounts.register(appId, secret, token, encodingAesKey, callbackUrl, mode);
    }

    /**
     * Creates a fake user of {@code appId} who does not follow it yet.
     *
     * @param appId a registered account
     * @param nickname the user's display name
     * @return the new user, with a fresh openid and unionid
     * @throws RuntimeException (HTTP 404 on the control API) if {@code appId} is not registered
     */
    public FakeUser user(String appId, String nickname) {
        return wiring.accounts.createUser(appId, nickname);
    }

    /**
     * What the user received so far, oldest first.
     *
     * @param openid a fake user's openid
     * @return a snapshot of the inbox
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user
     */
    public List<InboxEntry> inbox(String openid) {
        return wiring.accounts.requireControlUser(openid).inbox();
    }

    /**
     * The user follows the account (subscribe event delivered to the callback); returns the app's answer.
     *
     * @param openid a fake user's openid
     * @return how the app answered the {@code subscribe} event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user, (HTTP 409) if the user already follows
     */
    public CallbackResult follow(String openid) {
        return wiring.actions.follow(openid, null);
    }

    /**
     * The user follows through a QR scene ({@code qrscene_123} or {@code 123}).
     *
     * @param openid a fake user's openid
     * @param scene the QR scene value, with or without the {@code qrscene_} prefix; null for a plain follow
     * @return how the app answered the {@code subscribe} event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user, (HTTP 409) if the user already follows
     */
    public CallbackResult follow(String openid, String scene) {
        return wiring.actions.follow(openid, scene);
    }

    /**
     * The user unfollows.
     *
     * @param openid a fake user's openid
     * @return how the app answered the {@code unsubscribe} event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user, (HTTP 409) if the user does not follow
     */
    public CallbackResult unfollow(String openid) {
        return wiring.actions.unfollow(openid);
    }

    /**
     * The user sends a text message; returns the app's decoded passive reply.
     *
     * @param openid a fake user's openid
     * @param content the text ({@code Content})
     * @return the app's answer; a passive reply also lands in the user's inbox
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user, (HTTP 409) if the user does not follow,
     *     (HTTP 400) if {@code content} is missing
     */
    public CallbackResult sendText(String openid, String content) {
        return wiring.actions.message(openid, wiring.json.object().put("type", "text").put("content", content));
    }

    /**
     * The user taps the click button with {@code key}.
     *
     * @param openid a fake user's openid
     * @param key the {@code key} of a {@code click} button in the menu this user sees
     * @return how the app answered the {@code CLICK} event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the menu has no button with
     *     {@code key}, (HTTP 400) if the button with that key is not a click button
     */
    public CallbackResult click(String openid, String key) {
        return wiring.actions.menuClick(openid, key, null);
    }

    /**
     * The user taps the view button with {@code url}.
     *
     * @param openid a fake user's openid
     * @param url the {@code url} of a {@code view} button in the menu this user sees
     * @return how the app answered the {@code VIEW} event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the menu has no view button with
     *     {@code url}
     */
    public CallbackResult view(String openid, String url) {
        return wiring.actions.menuClick(openid, null, url);
    }

    /**
     * The user scans a parametric QR code with {@code scene}: a {@code SCAN} event if they follow the account,
     * otherwise a {@code subscribe} event with {@code EventKey=qrscene_<scene>}.
     *
     * @param openid a fake user's openid
     * @param scene the scene value, non-empty
     * @return how the app answered the event
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user, (HTTP 400) if {@code scene} is null or
     *     empty
     */
    public CallbackResult scan(String openid, String scene) {
        return wiring.actions.scan(openid, scene);
    }

    /**
     * The user reads article {@code index} (0 = first) of the mass send or publication {@code msgDataId}, from
     * {@code source} ({@code session}, {@code friend}, {@code moments}, {@code history}, {@code search},
     * {@code other}); counted by the article statistics.
     *
     * @param openid a fake user's openid
     * @param msgDataId the {@code msg_data_id} of a mass send or publication of the user's account
     * @param index the article's position, 0 for the first
     * @param source where the user read it; null means {@code session}
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the account sent no such article,
     *     (HTTP 400) for another {@code source}
     */
    public void read(String openid, long msgDataId, int index, String source) {
        wiring.articleActions.read(openid, msgDataId, index, source);
    }

    /**
     * The user shares the article to {@code scene} ({@code friend}, {@code moments}, {@code other}).
     *
     * @param openid a fake user's openid
     * @param msgDataId the {@code msg_data_id} of a mass send or publication of the user's account
     * @param index the article's position, 0 for the first
     * @param scene where it was shared; null means {@code friend}
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the account sent no such article,
     *     (HTTP 400) for another {@code scene}
     */
    public void share(String openid, long msgDataId, int index, String scene) {
        wiring.articleActions.share(openid, msgDataId, index, scene);
    }

    /**
     * The user adds the article to their favourites.
     *
     * @param openid a fake user's openid
     * @param msgDataId the {@code msg_data_id} of a mass send or publication of the user's account
     * @param index the article's position, 0 for the first
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the account sent no such article
     */
    public void favorite(String openid, long msgDataId, int index) {
        wiring.articleActions.favorite(openid, msgDataId, index);
    }

    /**
     * The user comments on the article (its comments must be open); returns the {@code user_comment_id}.
     *
     * @param openid a fake user's openid
     * @param msgDataId the {@code msg_data_id} of the article's mass send
     * @param index the article's position, 0 for the first
     * @param content the comment text, non-blank
     * @return the new comment's {@code user_comment_id}
     * @throws RuntimeException (HTTP 404) if {@code openid} is no fake user or the article is unknown, (HTTP 400)
     *     for blank content, (HTTP 409) when the article's comments are closed
     */
    public long comment(String openid, long msgDataId, int index, String content) {
        return wiring.articleActions.comment(openid, msgDataId, index, content);
    }

    /**
     * The WeChat user invited to customer-service account {@code kfAccount} accepts or rejects.
     *
     * @param appId the account
     * @param kfAccount the customer-service account, e.g. {@code kf2001@gh_abc}
     * @param accept true binds the invited WeChat user; false records {@code rejected}
     * @throws RuntimeException (HTTP 404) if there is no such customer-service account, (HTTP 409) if it has no
     *     pending invitation
     */
    public void kfInvitation(String appId, String kfAccount, boolean accept) {
        wiring.kfAccounts.answerInvite(appId, kfAccount, accept, wiring.clock.instant());
    }

    /**
     * The worker of {@code kfAccount} logs in to ({@code true}) or out of the customer-service client.
     *
     * @param appId the account
     * @param kfAccount the customer-service account
     * @param online true to log in, false to log out
     * @throws RuntimeException (HTTP 404) if there is no such customer-service account, (HTTP 409) when logging in
     *     an account no WeChat user is bound to
     */
    public void kfOnline(String appId, String kfAccount, boolean online) {
        wiring.kfAccounts.setOnline(appId, kfAccount, online);
    }

    /**
     * An OAuth code as if the user had allowed the authorize page, for tests that skip the browser.
     *
     * @param appId the account
     * @param openid a fake user of {@code appId}
     * @param scope {@code snsapi_base} or {@code snsapi_userinfo}
     * @return a single-use {@code code} for {@code /sns/oauth2/access_token}
     * @throws IllegalArgumentException if {@code scope} is neither value
     * @throws NullPointerException if {@code scope} is null
     * @throws RuntimeException (WeChat errcode 40003) if {@code openid} is not a user of {@code appId}
     */
    public String oauthCode(String appId, String openid, String scope) {
        if (!scope.equals("snsapi_base") && !scope.equals("snsapi_userinfo")) {
            throw new IllegalArgumentException("scope must be snsapi_base or snsapi_userinfo");
        }
        wiring.accounts.requireUser(appId, openid);
        return wiring.oauth.code(appId, openid, scope);
    }

    /**
     * The callback deliveries to an account (messages, events, answers), oldest first: the last 200 per
     * account since the start or the last reset.
     *
     * <pre>{@code
     * List<Delivery> sent = emulator.control().deliveries("wx1");
     * }</pre>
     *
     * @param appId the account's appid
     * @return a snapshot copy; empty for an unknown account or none yet
     */
    public List<Delivery> deliveries(String appId) {
        return wiring.deliveries.entries(appId);
    }

    /**
     * Registers a WeChat Pay merchant whose requests the emulator verifies.
     *
     * @param mchId the merchant id ({@code mchid})
     * @param appId the appId the merchant's orders are for
     * @param apiV3Key the merchant's APIv3 key, 32 bytes, which encrypts the notifications' {@code resource}
     * @param merchantKeyPem the merchant API certificate or public key (PEM)
     * @param serialNo       the merchant certificate serial; may be null when a certificate is given
     * @param publicKeyMode  true: responses name the WeChat Pay public key id; false: the platform certificate
     * @return the serial number the emulator will expect in {@code Authorization}
     * @throws RuntimeException (HTTP 400) if a value is invalid, e.g. an {@code apiV3Key} that is not 32 bytes
     */
    public String merchant(String mchId, String appId, String apiV3Key, String merchantKeyPem, String serialNo,
                           boolean publicKeyMode) {
        return wiring.pay.registerMerchant(wiring.json, mchId, appId, apiV3Key, merchantKeyPem, serialNo,
                publicKeyMode);
    }

    /**
     * Pays an order as its payer would and sends the notification (retries follow if it fails).
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @return the paid order, with the {@code transaction_id} the emulator assigned
     * @throws RuntimeException (HTTP 404) for an unknown order, (HTTP 409) if it cannot be paid
     */
    public PaidOrder pay(String outTradeNo) {
        return wiring.pay.pay(outTradeNo, null);
    }

    /**
     * Moves an unpaid order to another state: {@code USERPAYING}, {@code PAYERROR} (the payment failed),
     * {@code REVOKED} or {@code CLOSED}.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param tradeState {@code USERPAYING}, {@code PAYERROR}, {@code REVOKED} or {@code CLOSED}
     * @throws RuntimeException (HTTP 404) for an unknown order, (HTTP 409) if the order is not open
     */
    public void moveOrder(String outTradeNo, String tradeState) {
        wiring.pay.moveOrder(outTradeNo, tradeState);
    }

    /**
     * Finishes a refund held by the {@code "refunds":"manual"} pay option: SUCCESS, ABNORMAL or CLOSED.
     *
     * @param outRefundNo the refund's {@code out_refund_no}
     * @param status {@code SUCCESS}, {@code ABNORMAL} or {@code CLOSED}
     * @throws RuntimeException (HTTP 400) for another status, (HTTP 404) for an unknown refund, (HTTP 409) if it is
     *     not {@code PROCESSING}
     */
    public void finishRefund(String outRefundNo, String status) {
        wiring.pay.finishRefund(outRefundNo, status);
    }

    /**
     * The payee confirms (true) or declines (false) a transfer bill awaiting them.
     *
     * @param outBillNo the bill's {@code out_bill_no}
     * @param confirm true: {@code SUCCESS}; false: {@code CANCELLED}; either way {@code MCHTRANSFER.BILL.FINISHED}
     *     is notified
     * @throws RuntimeException (HTTP 404) for an unknown bill, (HTTP 409) if it is not awaiting the user or the
     *     balance is short
     */
    public void answerTransfer(String outBillNo, boolean confirm) {
        wiring.pay.answerTransfer(outBillNo, confirm);
    }

    /**
     * A user opens a red packet (or takes a share of a group one); the amount received in fen.
     *
     * @param mchBillno the red packet's {@code mch_billno}
     * @param openid the user opening it
     * @return the amount received, in fen
     * @throws RuntimeException (HTTP 404) for an unknown packet or user, (HTTP 409) if it is not theirs or none is
     *     left
     */
    public long openRedPacket(String mchBillno, String openid) {
        return wiring.pay.openRedPacket(mchBillno, openid);
    }

    /**
     * The emulator's WeChat Pay platform identity (public key id and PEM, certificate serial and PEM).
     *
     * @return the identity, generated on first use (an RSA-2048 key pair, up to about a second)
     */
    public PlatformKeys platform() {
        return wiring.pay.platformKeys();
    }

    /**
     * Adds a fault for the next matching requests.
     *
     * @param fault the fault; it applies to the next {@link Fault#times()} requests whose path matches
     */
    public void inject(Fault fault) {
        wiring.faults.add(fault);
    }

    /**
     * How many access tokens {@code appId} was granted ({@code /cgi-bin/token} and {@code /cgi-bin/stable_token}
     * calls with valid credentials) since the start or the last reset.
     *
     * @param appId the account
     * @return the count, 0 for an unknown appId
     */
    public int tokenGrants(String appId) {
        return wiring.tokens.grantsTo(appId);
    }

    /** Forgets all state: accounts, users, tokens, menus, messages, orders, faults. */
    public void reset() {
        wiring.reset();
    }
}
