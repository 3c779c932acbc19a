package io.wxkit.spring.modules;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wxkit.modules.*}: which domain modules run on the application's {@code DataSource}, where their
 * JSON endpoints live, and the few settings a module cannot do without (the shop's notify URL, the member
 * card secret, the red-packet sender name).
 */
@ConfigurationProperties(prefix = "wxkit.modules")
public class WxModulesProperties {
    /** The path under which every module's JSON endpoints are served. */
    private String basePath = "/wxkit/modules";
    /** The largest request body a module endpoint accepts; bigger ones are refused with 413. */
    private int maxBodyBytes = 64 * 1024;
    /**
     * The Official Account (its name under {@code wxkit.mp.accounts}) whose follower check, template notices and
     * QR codes the modules use when several accounts are configured; unset, the account directly under
     * {@code wxkit.mp} is used, if there is one.
     */
    private String account;
    /** The anti-abuse limits of every user action (per openid and per client IP). */
    private final RateLimit rateLimit = new RateLimit();
    /** Red-packet prizes of the lottery, paid through the WxPay bean when send-name is set. */
    private final RedPacket redPacket = new RedPacket();
    /** The vote module (polls). */
    private final Toggle vote = new Toggle();
    /** The lottery module (wheel, random draw, open-the-box, message entry). */
    private final Toggle lottery = new Toggle();
    /** The forum module (boards, threads, replies, likes, moderation). */
    private final Toggle forum = new Toggle();
    /** The shop module (catalogue, cart, orders, JSAPI payment, refunds). */
    private final Shop shop = new Shop();
    /** The forms module (surveys and registrations). */
    private final Toggle forms = new Toggle();
    /** The member module (levels, points, card, scoped admins). */
    private final Member member = new Member();

    /** A module that is either on or off. */
    public static class Toggle {
        /** Whether the module runs: its bean is created and its migrations applied at startup. Off by default. */
        private boolean enabled;

        /**
         * {@code wxkit.modules.<module>.enabled}: whether the module runs: with {@code true} its bean is created,
         * its Flyway migrations are applied to the application's {@code DataSource} at startup and its JSON
         * endpoints are served. Default {@code false}; the module's jar must be on the classpath too.
         *
         * @return whether the module runs
         */
        public boolean isEnabled() { return enabled; }

        /**
         * Binds {@code wxkit.modules.<module>.enabled} (see {@link #isEnabled()}).
         *
         * @param enabled {@code true} to run the module
         */
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** The shop's settings. */
    public static class Shop extends Toggle {
        /** The notify_url of the shop's payments and refunds; defaults to wxkit.pay.notify-url. */
        private String notifyUrl;
        /** How long an order may stay unpaid before the timeout pass cancels it (1 minute to 2 hours). */
        private Duration payWithin = Duration.ofMinutes(30);

        /**
         * {@code wxkit.modules.shop.notify-url}: the {@code notify_url} of the shop's payments and refunds, an
         * absolute URL WeChat Pay can reach. Unset, {@code wxkit.pay.notify-url}; with neither, startup fails when
         * the shop pays through the {@code WxPay} bean.
         *
         * @return the notify URL, or {@code null} for wxkit.pay.notify-url
         */
        public String getNotifyUrl() { return notifyUrl; }

        /**
         * Binds {@code wxkit.modules.shop.notify-url} (see {@link #getNotifyUrl()}).
         *
         * @param notifyUrl the notify URL
         */
        public void setNotifyUrl(String notifyUrl) { this.notifyUrl = notifyUrl; }

        /**
         * {@code wxkit.modules.shop.pay-within}: how long an order may stay unpaid before the timeout pass cancels
         * it; 1 minute to 2 hours (checked at startup), default 30 minutes.
         *
         * @return the payment window
         */
        public Duration getPayWithin() { return payWithin; }

        /**
         * Binds {@code wxkit.modules.shop.pay-within} (see {@link #getPayWithin()}).
         *
         * @param payWithin the payment window, 1 minute to 2 hours
         */
        public void setPayWithin(Duration payWithin) { this.payWithin = payWithin; }
    }

    /** The member module's settings. */
    public static class Member extends Toggle {
        /** Base64 of at least 32 random bytes that sign the member card codes; the same on every node. Required when enabled. */
        private String cardSecret;

        /**
         * {@code wxkit.modules.member.card-secret}: Base64 of at least 32 random bytes ({@code openssl rand
         * -base64 32}) that sign the member card codes; the same on every node, and changing it invalidates the
         * codes already shown. Required when the member module is enabled. A secret: never logged.
         *
         * @return the Base64 key, or {@code null} when not set
         */
        public String getCardSecret() { return cardSecret; }

        /**
         * Binds {@code wxkit.modules.member.card-secret} (see {@link #getCardSecret()}).
         *
         * @param cardSecret the Base64 key
         */
        public void setCardSecret(String cardSecret) { this.cardSecret = cardSecret; }
    }

    /** Anti-abuse limits. */
    public static class RateLimit {
        /** Actions per openid per window. */
        private int perOpenid = 30;
        /** Actions per client IP per window (users behind one NAT share it, so keep it higher). */
        private int perIp = 300;
        /** The window length. */
        private Duration window = Duration.ofMinutes(1);

        /**
         * {@code wxkit.modules.rate-limit.per-openid}: the number of actions (votes, spins, posts, orders, ...)
         * one openid may take per {@code window}; positive, default 30.
         *
         * @return the per-openid limit
         */
        public int getPerOpenid() { return perOpenid; }

        /**
         * Binds {@code wxkit.modules.rate-limit.per-openid} (see {@link #getPerOpenid()}).
         *
         * @param perOpenid the per-openid limit, positive
         */
        public void setPerOpenid(int perOpenid) { this.perOpenid = perOpenid; }

        /**
         * {@code wxkit.modules.rate-limit.per-ip}: the number of actions one client IP may take per {@code
         * window}; positive, default 300. Users behind one NAT share an IP, so keep it well above {@code
         * per-openid}.
         *
         * @return the per-IP limit
         */
        public int getPerIp() { return perIp; }

        /**
         * Binds {@code wxkit.modules.rate-limit.per-ip} (see {@link #getPerIp()}).
         *
         * @param perIp the per-IP limit, positive
         */
        public void setPerIp(int perIp) { this.perIp = perIp; }

        /**
         * {@code wxkit.modules.rate-limit.window}: the length of the rate-limit window; positive, default 1
         * minute.
         *
         * @return the window length
         */
        public Duration getWindow() { return window; }

        /**
         * Binds {@code wxkit.modules.rate-limit.window} (see {@link #getWindow()}).
         *
         * @param window the window length, positive
         */
        public void setWindow(Duration window) { this.window = window; }
    }

    /** Red packets sent as lottery prizes. */
    public static class RedPacket {
        /** send_name of every red packet (the merchant's name, at most 32 characters); unset = no red-packet prizes. */
        private String sendName;
        /** wishing of every red packet. */
        private String wishing = "感谢参与";

        /**
         * {@code wxkit.modules.red-packet.send-name}: the {@code send_name} of every lottery red packet (the
         * merchant's name as users see it, at most 32 characters). Setting it (with a {@code WxPay} bean) turns
         * red-packet prizes on; unset, there are none.
         *
         * @return the sender name, or {@code null} for no red-packet prizes
         */
        public String getSendName() { return sendName; }

        /**
         * Binds {@code wxkit.modules.red-packet.send-name} (see {@link #getSendName()}).
         *
         * @param sendName the sender name, at most 32 characters
         */
        public void setSendName(String sendName) { this.sendName = sendName; }

        /**
         * {@code wxkit.modules.red-packet.wishing}: the {@code wishing} of every lottery red packet; default
         * {@code 感谢参与}.
         *
         * @return the wishing text
         */
        public String getWishing() { return wishing; }

        /**
         * Binds {@code wxkit.modules.red-packet.wishing} (see {@link #getWishing()}).
         *
         * @param wishing the wishing text
         */
        public void setWishing(String wishing) { this.wishing = wishing; }
    }

    /**
     * {@code wxkit.modules.base-path}: the path, starting with {@code /}, under which every module's JSON
     * endpoints are served ({@code <base-path>/vote/...}); default {@code /wxkit/modules}.
     *
     * @return the base path
     */
    public String getBasePath() { return basePath; }

    /**
     * Binds {@code wxkit.modules.base-path} (see {@link #getBasePath()}).
     *
     * @param basePath the base path, starting with {@code /}
     */
    public void setBasePath(String basePath) { this.basePath = basePath; }

    /**
     * {@code wxkit.modules.account}: the Official Account, by its name under {@code wxkit.mp.accounts}, whose
     * follower check, template notices and QR codes the modules use. Unset, the account directly under {@code
     * wxkit.mp}; with several accounts and no such one, startup fails.
     *
     * @return the account name, or {@code null} for the single account
     */
    public String getAccount() { return account; }

    /**
     * Binds {@code wxkit.modules.account} (see {@link #getAccount()}).
     *
     * @param account the account name
     */
    public void setAccount(String account) { this.account = account; }

    /**
     * {@code wxkit.modules.max-body-bytes}: the largest request body a module endpoint accepts, in bytes; a
     * longer one is answered 413. Positive, default 65536 (64 KiB).
     *
     * @return the limit in bytes
     */
    public int getMaxBodyBytes() { return maxBodyBytes; }

    /**
     * Binds {@code wxkit.modules.max-body-bytes} (see {@link #getMaxBodyBytes()}).
     *
     * @param maxBodyBytes the limit in bytes, positive
     */
    public void setMaxBodyBytes(int maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; }

    /**
     * {@code wxkit.modules.rate-limit.*}: the anti-abuse limits of every user action. Bound in place, so it
     * has no setter.
     *
     * @return the limits, never {@code null}
     */
    public RateLimit getRateLimit() { return rateLimit; }

    /**
     * {@code wxkit.modules.red-packet.*}: the lottery's red-packet prizes. Bound in place, so it has no
     * setter.
     *
     * @return the red-packet settings, never {@code null}
     */
    public RedPacket getRedPacket() { return redPacket; }

    /**
     * {@code wxkit.modules.vote.*}: the vote module (polls). Bound in place, so it has no setter.
     *
     * @return the module's switch, never {@code null}
     */
    public Toggle getVote() { return vote; }

    /**
     * {@code wxkit.modules.lottery.*}: the lottery module (wheel, random draw, open-the-box, message entry).
     * Bound in place, so it has no setter.
     *
     * @return the module's switch, never {@code null}
     */
    public Toggle getLottery() { return lottery; }

    /**
     * {@code wxkit.modules.forum.*}: the forum module (boards, threads, replies, likes, moderation). Bound in
     * place, so it has no setter.
     *
     * @return the module's switch, never {@code null}
     */
    public Toggle getForum() { return forum; }

    /**
     * {@code wxkit.modules.shop.*}: the shop module (catalogue, cart, orders, JSAPI payment, refunds). Bound
     * in place, so it has no setter.
     *
     * @return the shop's settings, never {@code null}
     */
    public Shop getShop() { return shop; }

    /**
     * {@code wxkit.modules.forms.*}: the forms module (surveys and registrations). Bound in place, so it has
     * no setter.
     *
     * @return the module's switch, never {@code null}
     */
    public Toggle getForms() { return forms; }

    /**
     * {@code wxkit.modules.member.*}: the member module (levels, points, card, scoped admins). Bound in place,
     * so it has no setter.
     *
     * @return the member module's settings, never {@code null}
     */
    public Member getMember() { return member; }
}
