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
 * <p>Thread-safe.
 */
public final class EmulatorControl {
    private final Wiring wiring;

    EmulatorControl(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * Registers (or reconfigures) an Official Account.
     *
     * @param encodingAesKey 43 characters; may be null in plain mode
     * @param callbackUrl    the app's server URL, or null when it receives no messages
     * @throws IllegalArgumentException when a value breaks WeChat's rules (token 3-32 letters/digits, ...)
     */
    public Account account(String appId, String secret, String token, String encodingAesKey, String callbackUrl,
                           CallbackMode mode) {
        return wiring.accounts.register(appId, secret, token, encodingAesKey, callbackUrl, mode);
    }

    /** Creates a fake user of {@code appId} who does not follow it yet. */
    public FakeUser user(String appId, String nickname) {
        return wiring.accounts.createUser(appId, nickname);
    }

    /** What the user received so far, oldest first. */
    public List<InboxEntry> inbox(String openid) {
        return wiring.accounts.requireControlUser(openid).inbox();
    }

    /** The user follows the account (subscribe event delivered to the callback); returns the app's answer. */
    public CallbackResult follow(String openid) {
        return wiring.actions.follow(openid, null);
    }

    /** The user follows through a QR scene ({@code qrscene_123} or {@code 123}). */
    public CallbackResult follow(String openid, String scene) {
        return wiring.actions.follow(openid, scene);
    }

    /** The user unfollows. */
    public CallbackResult unfollow(String openid) {
        return wiring.actions.unfollow(openid);
    }

    /** The user sends a text message; returns the app's decoded passive reply. */
    public CallbackResult sendText(String openid, String content) {
        return wiring.actions.message(openid, wiring.json.object().put("type", "text").put("content", content));
    }

    /** The user taps the click button with {@code key}. */
    public CallbackResult click(String openid, String key) {
        return wiring.actions.menuClick(openid, key, null);
    }

    /** The user taps the view button with {@code url}. */
    public CallbackResult view(String openid, String url) {
        return wiring.actions.menuClick(openid, null, url);
    }

    /** The user scans a QR code with {@code scene}. */
    public CallbackResult scan(String openid, String scene) {
        return wiring.actions.scan(openid, scene);
    }

    /**
     * The user reads article {@code index} (0 = first) of the mass send or publication {@code msgDataId}, from
     * {@code source} ({@code session}, {@code friend}, {@code moments}, {@code history}, {@code search},
     * {@code other}); counted by the article statistics.
     */
    public void read(String openid, long msgDataId, int index, String source) {
        wiring.articleActions.read(openid, msgDataId, index, source);
    }

    /** The user shares the article to {@code scene} ({@code friend}, {@code moments}, {@code other}). */
    public void share(String openid, long msgDataId, int index, String scene) {
        wiring.articleActions.share(openid, msgDataId, index, scene);
    }

    /** The user adds the article to their favourites. */
    public void favorite(String openid, long msgDataId, int index) {
        wiring.articleActions.favorite(openid, msgDataId, index);
    }

    /** The user comments on the article (its comments must be open); returns the {@code user_comment_id}. */
    public long comment(String openid, long msgDataId, int index, String content) {
        return wiring.articleActions.comment(openid, msgDataId, index, content);
    }

    /** The WeChat user invited to customer-service account {@code kfAccount} accepts or rejects. */
    public void kfInvitation(String appId, String kfAccount, boolean accept) {
        wiring.kfAccounts.answerInvite(appId, kfAccount, accept, wiring.clock.instant());
    }

    /** The worker of {@code kfAccount} logs in to ({@code true}) or out of the customer-service client. */
    public void kfOnline(String appId, String kfAccount, boolean online) {
        wiring.kfAccounts.setOnline(appId, kfAccount, online);
    }

    /**
     * An OAuth code as if the user had allowed the authorize page, for tests that skip the browser.
     *
     * @param scope {@code snsapi_base} or {@code snsapi_userinfo}
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
     * @param merchantKeyPem the merchant API certificate or public key (PEM)
     * @param serialNo       the merchant certificate serial; may be null when a certificate is given
     * @param publicKeyMode  true: responses name the WeChat Pay public key id; false: the platform certificate
     * @return the serial number the emulator will expect in {@code Authorization}
     */
    public String merchant(String mchId, String appId, String apiV3Key, String merchantKeyPem, String serialNo,
                           boolean publicKeyMode) {
        return wiring.pay.registerMerchant(wiring.json, mchId, appId, apiV3Key, merchantKeyPem, serialNo,
                publicKeyMode);
    }

    /** Pays an order as its payer would and sends the notification (retries follow if it fails). */
    public PaidOrder pay(String outTradeNo) {
        return wiring.pay.pay(outTradeNo, null);
    }

    /**
     * Moves an unpaid order to another state: {@code USERPAYING}, {@code PAYERROR} (the payment failed),
     * {@code REVOKED} or {@code CLOSED}.
     */
    public void moveOrder(String outTradeNo, String tradeState) {
        wiring.pay.moveOrder(outTradeNo, tradeState);
    }

    /** Finishes a refund held by the {@code "refunds":"manual"} pay option: SUCCESS, ABNORMAL or CLOSED. */
    public void finishRefund(String outRefundNo, String status) {
        wiring.pay.finishRefund(outRefundNo, status);
    }

    /** The payee confirms (true) or declines (false) a transfer bill awaiting them. */
    public void answerTransfer(String outBillNo, boolean confirm) {
        wiring.pay.answerTransfer(outBillNo, confirm);
    }

    /** A user opens a red packet (or takes a share of a group one); the amount received in fen. */
    public long openRedPacket(String mchBillno, String openid) {
        return wiring.pay.openRedPacket(mchBillno, openid);
    }

    /** The emulator's WeChat Pay platform identity (public key id and PEM, certificate serial and PEM). */
    public PlatformKeys platform() {
        return wiring.pay.platformKeys();
    }

    /** Adds a fault for the next matching requests. */
    public void inject(Fault fault) {
        wiring.faults.add(fault);
    }

    /**
     * How many access tokens {@code appId} was granted ({@code /cgi-bin/token} and {@code /cgi-bin/stable_token}
     * calls with valid credentials) since the start or the last reset.
     */
    public int tokenGrants(String appId) {
        return wiring.tokens.grantsTo(appId);
    }

    /** Forgets all state: accounts, users, tokens, menus, messages, orders, faults. */
    public void reset() {
        wiring.reset();
    }
}
