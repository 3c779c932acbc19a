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

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** The shop's settings. */
    public static class Shop extends Toggle {
        /** The notify_url of the shop's payments and refunds; defaults to wxkit.pay.notify-url. */
        private String notifyUrl;
        /** How long an order may stay unpaid before the timeout pass cancels it (1 minute to 2 hours). */
        private Duration payWithin = Duration.ofMinutes(30);

        public String getNotifyUrl() { return notifyUrl; }
        public void setNotifyUrl(String notifyUrl) { this.notifyUrl = notifyUrl; }
        public Duration getPayWithin() { return payWithin; }
        public void setPayWithin(Duration payWithin) { this.payWithin = payWithin; }
    }

    /** The member module's settings. */
    public static class Member extends Toggle {
        /** Base64 of at least 32 random bytes that sign the member card codes; the same on every node. Required when enabled. */
        private String cardSecret;

        public String getCardSecret() { return cardSecret; }
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

        public int getPerOpenid() { return perOpenid; }
        public void setPerOpenid(int perOpenid) { this.perOpenid = perOpenid; }
        public int getPerIp() { return perIp; }
        public void setPerIp(int perIp) { this.perIp = perIp; }
        public Duration getWindow() { return window; }
        public void setWindow(Duration window) { this.window = window; }
    }

    /** Red packets sent as lottery prizes. */
    public static class RedPacket {
        /** send_name of every red packet (the merchant's name, at most 32 characters); unset = no red-packet prizes. */
        private String sendName;
        /** wishing of every red packet. */
        private String wishing = "感谢参与";

        public String getSendName() { return sendName; }
        public void setSendName(String sendName) { this.sendName = sendName; }
        public String getWishing() { return wishing; }
        public void setWishing(String wishing) { this.wishing = wishing; }
    }

    public String getBasePath() { return basePath; }
    public void setBasePath(String basePath) { this.basePath = basePath; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public int getMaxBodyBytes() { return maxBodyBytes; }
    public void setMaxBodyBytes(int maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; }
    public RateLimit getRateLimit() { return rateLimit; }
    public RedPacket getRedPacket() { return redPacket; }
    public Toggle getVote() { return vote; }
    public Toggle getLottery() { return lottery; }
    public Toggle getForum() { return forum; }
    public Shop getShop() { return shop; }
    public Toggle getForms() { return forms; }
    public Member getMember() { return member; }
}
