package io.wxkit.emulator.internal.mp.media;

import io.wxkit.emulator.internal.http.Resettable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Temporary media (3 days) and permanent materials per account. Thread-safe. */
final class MediaStore implements Resettable {
    private final SecureRandom random;
    private final Map<String, Item> items = new HashMap<>();

    /** One stored file. {@code expiresAt} is null for permanent materials. */
    record Item(String appId, String mediaId, String type, String filename, String contentType, byte[] data,
                String title, String introduction, Instant createdAt, Instant expiresAt) {
        Item {
            data = data.clone();
        }
    }

    MediaStore(SecureRandom random) {
        this.random = random;
    }

    synchronized Item put(String appId, String type, String filename, String contentType, byte[] data, String title,
                          String introduction, Instant now, Instant expiresAt) {
        byte[] b = new byte[48];
        random.nextBytes(b);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Item item = new Item(appId, id, type, filename, contentType, data, title, introduction, now, expiresAt);
        items.put(id, item);
        return item;
    }

    /** The live item of this account, or null. */
    synchronized Item get(String appId, String mediaId, Instant now, boolean permanent) {
        Item i = mediaId == null ? null : items.get(mediaId);
        if (i == null || !i.appId().equals(appId) || (i.expiresAt() == null) != permanent) {
            return null;
        }
        return i.expiresAt() != null && !now.isBefore(i.expiresAt()) ? null : i;
    }

    /** Any live item by id (for the download URLs), or null. */
    synchronized Item find(String mediaId, Instant now) {
        Item i = items.get(mediaId);
        return i == null || (i.expiresAt() != null && !now.isBefore(i.expiresAt())) ? null : i;
    }

    synchronized boolean remove(String appId, String mediaId) {
        Item i = items.get(mediaId);
        if (i == null || !i.appId().equals(appId) || i.expiresAt() != null) {
            return false;
        }
        items.remove(mediaId);
        return true;
    }

    /** Permanent materials of one type, oldest first. */
    synchronized List<Item> materials(String appId, String type) {
        List<Item> out = new ArrayList<>();
        for (Item i : items.values()) {
            if (i.appId().equals(appId) && i.expiresAt() == null && i.type().equals(type)) {
                out.add(i);
            }
        }
        out.sort(java.util.Comparator.comparing(Item::createdAt).thenComparing(Item::mediaId));
        return out;
    }

    @Override
    public synchronized void reset() {
        items.clear();
    }
}
