package io.wxkit.emulator.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fake WeChat user of one Official Account: identity (openid, unionid, nickname) and what WeChat knows about
 * them (follow state, scene, remark, tags, last interaction, inbox). Thread-safe: every accessor locks the user.
 */
public final class FakeUser {
    private final String openid;
    private final String unionid;
    private final String appId;
    private final String nickname;
    private final Instant createdAt;
    private boolean subscribed;
    private Instant subscribeTime;
    private String subscribeScene = "ADD_SCENE_OTHERS";
    private String qrScene = "";
    private String remark = "";
    private Instant lastInteraction;
    private final Set<Integer> tagIds = new LinkedHashSet<>();
    private final List<InboxEntry> inbox = new ArrayList<>();

    /**
     * A follower of {@code appId} as the emulator's account registry creates it (public for that registry in
     * {@code internal.account}; tests get users from the control API instead).
     *
     * @param openid the user's openid for this account
     * @param unionid the unionid shared across the accounts of one open-platform owner
     * @param appId the account followed
     * @param nickname the display name
     * @param createdAt when the user was created (the first follow time)
     */
    public FakeUser(String openid, String unionid, String appId, String nickname, Instant createdAt) {
        this.openid = openid;
        this.unionid = unionid;
        this.appId = appId;
        this.nickname = nickname;
        this.createdAt = createdAt;
    }

    /**
     * The user's openid for this account ({@code openid} of the user APIs and {@code FromUserName} of callbacks).
     *
     * @return the openid
     */
    public String openid() {
        return openid;
    }

    /**
     * The user's unionid ({@code unionid} of the user and OAuth APIs).
     *
     * @return the unionid
     */
    public String unionid() {
        return unionid;
    }

    /**
     * The appId of the account this user belongs to.
     *
     * @return the appId
     */
    public String appId() {
        return appId;
    }

    /**
     * The display name given when the user was created.
     *
     * @return the nickname
     */
    public String nickname() {
        return nickname;
    }

    /**
     * When the emulator created the user (its clock).
     *
     * @return the instant
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Whether the user follows the account now ({@code subscribe} of {@code /cgi-bin/user/info}).
     *
     * @return true while following
     */
    public synchronized boolean subscribed() {
        return subscribed;
    }

    /**
     * When the user last followed ({@code subscribe_time}); kept after an unfollow.
     *
     * @return the instant, or null if the user never followed
     */
    public synchronized Instant subscribeTime() {
        return subscribeTime;
    }

    /**
     * How the user last followed ({@code subscribe_scene}).
     *
     * @return an {@code ADD_SCENE_*} value; {@code ADD_SCENE_OTHERS} until the first follow
     */
    public synchronized String subscribeScene() {
        return subscribeScene;
    }

    /**
     * The QR scene of the last follow ({@code qr_scene} when numeric, otherwise {@code qr_scene_str}).
     *
     * @return the scene value without {@code qrscene_}, or empty
     */
    public synchronized String qrScene() {
        return qrScene;
    }

    /**
     * Marks the user as following since {@code at}, reached through {@code scene} (an ADD_SCENE_* value).
     *
     * @param at when
     * @param scene the {@code ADD_SCENE_*} value
     * @param qrSceneValue the QR scene, or null for none
     */
    public synchronized void follow(Instant at, String scene, String qrSceneValue) {
        subscribed = true;
        subscribeTime = at;
        subscribeScene = scene;
        qrScene = qrSceneValue == null ? "" : qrSceneValue;
        lastInteraction = at;
    }

    /** Marks the user as no longer following (WeChat also drops their tags and remark). */
    public synchronized void unfollow() {
        subscribed = false;
        tagIds.clear();
        remark = "";
    }

    /**
     * The remark the account set for the user ({@code remark}); empty by default and after an unfollow.
     *
     * @return the remark as last set; empty by default
     */
    public synchronized String remark() {
        return remark;
    }

    /**
     * Sets the remark, as {@code /cgi-bin/user/info/updateremark} does.
     *
     * @param value the new remark
     */
    public synchronized void remark(String value) {
        remark = value;
    }

    /**
     * When the user last followed or sent something: the start of the 48-hour customer-service window.
     *
     * @return the instant, or null if the user never interacted
     */
    public synchronized Instant lastInteraction() {
        return lastInteraction;
    }

    /**
     * Records that the user sent something (opens the 48-hour customer-service window).
     *
     * @param at when
     */
    public synchronized void interacted(Instant at) {
        lastInteraction = at;
    }

    /**
     * The ids of the user's tags ({@code tagid_list}), in the order they were added.
     *
     * @return an immutable snapshot
     */
    public synchronized List<Integer> tagIds() {
        return List.copyOf(tagIds);
    }

    /**
     * Adds a tag; false when the user already has 20 tags (WeChat's limit).
     *
     * @param tagId the tag's id
     * @return true if the user has the tag now (also when they already had it)
     */
    public synchronized boolean tag(int tagId) {
        if (tagIds.contains(tagId)) {
            return true;
        }
        if (tagIds.size() >= 20) {
            return false;
        }
        tagIds.add(tagId);
        return true;
    }

    /**
     * Removes a tag; nothing happens if the user does not have it.
     *
     * @param tagId the tag's id
     */
    public synchronized void untag(int tagId) {
        tagIds.remove(tagId);
    }

    /**
     * Appends to the user's inbox.
     *
     * @param entry what the user received
     */
    public synchronized void receive(InboxEntry entry) {
        inbox.add(entry);
    }

    /**
     * The user's inbox, oldest first.
     *
     * @return an immutable snapshot
     */
    public synchronized List<InboxEntry> inbox() {
        return List.copyOf(inbox);
    }

    @Override
    public String toString() {
        return "FakeUser[openid=" + openid + ", appId=" + appId + ", nickname=" + nickname + "]";
    }
}
