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

    public String openid() {
        return openid;
    }

    public String unionid() {
        return unionid;
    }

    public String appId() {
        return appId;
    }

    public String nickname() {
        return nickname;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized boolean subscribed() {
        return subscribed;
    }

    public synchronized Instant subscribeTime() {
        return subscribeTime;
    }

    public synchronized String subscribeScene() {
        return subscribeScene;
    }

    public synchronized String qrScene() {
        return qrScene;
    }

    /** Marks the user as following since {@code at}, reached through {@code scene} (an ADD_SCENE_* value). */
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

    public synchronized String remark() {
        return remark;
    }

    public synchronized void remark(String value) {
        remark = value;
    }

    public synchronized Instant lastInteraction() {
        return lastInteraction;
    }

    /** Records that the user sent something (opens the 48-hour customer-service window). */
    public synchronized void interacted(Instant at) {
        lastInteraction = at;
    }

    public synchronized List<Integer> tagIds() {
        return List.copyOf(tagIds);
    }

    /** Adds a tag; false when the user already has 20 tags (WeChat's limit). */
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

    public synchronized void untag(int tagId) {
        tagIds.remove(tagId);
    }

    /** Appends to the user's inbox. */
    public synchronized void receive(InboxEntry entry) {
        inbox.add(entry);
    }

    /** The user's inbox, oldest first. */
    public synchronized List<InboxEntry> inbox() {
        return List.copyOf(inbox);
    }

    @Override
    public String toString() {
        return "FakeUser[openid=" + openid + ", appId=" + appId + ", nickname=" + nickname + "]";
    }
}
