package io.wxkit.emulator.internal.mp.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.MalformedBodyException;
import io.wxkit.emulator.internal.http.Multipart;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Temporary media and permanent materials (api-reference §9): {@code media/upload} (multipart field
 * {@code media}; image ≤ 2 MB PNG/JPEG/JPG/GIF, voice ≤ 2 MB AMR/MP3, video ≤ 10 MB MP4, thumb ≤ 64 KB JPG;
 * kept 3 days), {@code media/get}, {@code media/uploadimg} (≤ 1 MB), {@code material/add_material} (video
 * needs the {@code description} field), {@code material/get_material}, {@code material/del_material},
 * {@code material/get_materialcount}, {@code material/batchget_material}. Too large 45001, wrong format
 * 40005, bad type 40004, missing file 41005, unknown media_id 40007.
 */
public final class MediaEndpoints implements Resettable {
    static final Duration TEMPORARY = Duration.ofDays(3);
    private static final Map<String, Long> LIMITS = Map.of("image", 2L << 20, "voice", 2L << 20,
            "video", 10L << 20, "thumb", 64L << 10);
    private static final Map<String, Set<String>> FORMATS = Map.of("image", Set.of("png", "jpeg", "jpg", "gif"),
            "voice", Set.of("amr", "mp3"), "video", Set.of("mp4"), "thumb", Set.of("jpg", "jpeg"));
    private final Tokens tokens;
    private final Clock clock;
    private final MediaStore store;

    public MediaEndpoints(Tokens tokens, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.clock = clock;
        this.store = new MediaStore(random);
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/media/upload", r -> upload(r, false));
        router.get("/cgi-bin/media/get", this::getTemporary);
        router.post("/cgi-bin/media/uploadimg", this::uploadImg);
        router.post("/cgi-bin/material/add_material", r -> upload(r, true));
        router.post("/cgi-bin/material/get_material", this::getMaterial);
        router.post("/cgi-bin/material/del_material", this::delMaterial);
        router.get("/cgi-bin/material/get_materialcount", this::count);
        router.post("/cgi-bin/material/batchget_material", this::batchGet);
        router.get("/emulator/media/{id}", this::download);
    }

    /** True when {@code mediaId} is a live permanent material of the account (drafts use it for thumbs). */
    public boolean isMaterial(String appId, String mediaId) {
        return store.get(appId, mediaId, clock.instant(), true) != null;
    }

    /** True when {@code mediaId} is a live permanent material or an unexpired temporary media of the account. */
    public boolean isMedia(String appId, String mediaId) {
        return isMaterial(appId, mediaId) || store.get(appId, mediaId, clock.instant(), false) != null;
    }

    private Answer upload(Request r, boolean permanent) {
        String appId = tokens.appIdFor(r);
        String type = r.query("type");
        if (type == null || !LIMITS.containsKey(type)) {
            throw new ApiError(40004, "invalid media type");
        }
        List<Multipart.Part> parts = parts(r);
        Multipart.Part media = parts.stream().filter(p -> "media".equals(p.name())).findFirst()
                .orElseThrow(() -> new ApiError(41005, "media data missing"));
        check(type, media, LIMITS.get(type));
        String title = null;
        String intro = null;
        if (permanent && type.equals("video")) {
            Multipart.Part d = parts.stream().filter(p -> "description".equals(p.name())).findFirst()
                    .orElseThrow(() -> new ApiError(47001, "data format error: video needs description"));
            JsonNode desc = r.codec().parse(d.data());
            title = desc.path("title").asText("");
            intro = desc.path("introduction").asText("");
        }
        Instant now = clock.instant();
        MediaStore.Item item = store.put(appId, type, media.filename(), media.contentType(), media.data(), title,
                intro, now, permanent ? null : now.plus(TEMPORARY));
        ObjectNode out = r.codec().object();
        if (permanent) {
            out.put("media_id", item.mediaId());
            if (type.equals("image")) {
                out.put("url", r.baseUrl() + "/emulator/media/" + item.mediaId());
            }
            return Answer.json(out);
        }
        out.put("errcode", 0).put("errmsg", "ok").put("type", type).put("media_id", item.mediaId());
        if (type.equals("thumb")) {
            out.put("thumb_media_id", item.mediaId());
        }
        return Answer.json(out.put("created_at", now.getEpochSecond()));
    }

    private static List<Multipart.Part> parts(Request r) {
        try {
            return Multipart.parse(r);
        } catch (MalformedBodyException e) {
            throw new ApiError(41005, "media data missing");
        }
    }

    private static void check(String type, Multipart.Part media, long limit) {
        String name = media.filename() == null ? "" : media.filename();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!FORMATS.get(type).contains(ext)) {
            throw new ApiError(40005, "invalid file type");
        }
        if (media.data().length == 0) {
            throw new ApiError(41005, "media data missing");
        }
        if (media.data().length > limit) {
            throw new ApiError(45001, "media size out of limit");
        }
    }

    private Answer uploadImg(Request r) {
        tokens.appIdFor(r);
        Multipart.Part media = parts(r).stream().filter(p -> "media".equals(p.name())).findFirst()
                .orElseThrow(() -> new ApiError(41005, "media data missing"));
        check("image", media, 1L << 20);
        String appId = tokens.appIdFor(r);
        MediaStore.Item item = store.put(appId, "articleimage", media.filename(), media.contentType(), media.data(),
                null, null, clock.instant(), null);
        return Answer.json(r.codec().object().put("url", r.baseUrl() + "/emulator/media/" + item.mediaId()));
    }

    private Answer getTemporary(Request r) {
        String appId = tokens.appIdFor(r);
        MediaStore.Item i = store.get(appId, r.query("media_id"), clock.instant(), false);
        if (i == null) {
            throw new ApiError(40007, "invalid media_id");
        }
        if (i.type().equals("video")) {
            return Answer.json(r.codec().object().put("video_url", r.baseUrl() + "/emulator/media/" + i.mediaId()));
        }
        return file(i);
    }

    private Answer getMaterial(Request r) {
        String appId = tokens.appIdFor(r);
        MediaStore.Item i = store.get(appId, r.json().path("media_id").asText(null), clock.instant(), true);
        if (i == null) {
            throw new ApiError(40007, "invalid media_id");
        }
        if (i.type().equals("video")) {
            return Answer.json(r.codec().object().put("title", i.title()).put("description", i.introduction())
                    .put("down_url", r.baseUrl() + "/emulator/media/" + i.mediaId()));
        }
        return file(i);
    }

    private Answer delMaterial(Request r) {
        String appId = tokens.appIdFor(r);
        if (!store.remove(appId, r.json().path("media_id").asText(null))) {
            throw new ApiError(40007, "invalid media_id");
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    private Answer count(Request r) {
        String appId = tokens.appIdFor(r);
        return Answer.json(r.codec().object().put("voice_count", store.materials(appId, "voice").size())
                .put("video_count", store.materials(appId, "video").size())
                .put("image_count", store.materials(appId, "image").size()).put("news_count", 0));
    }

    private Answer batchGet(Request r) {
        String appId = tokens.appIdFor(r);
        String type = r.json().path("type").asText("");
        if (!Set.of("image", "voice", "video", "news").contains(type)) {
            throw new ApiError(40004, "invalid media type");
        }
        int offset = Math.max(0, r.json().path("offset").asInt(0));
        int count = r.json().path("count").asInt(20);
        if (count < 1 || count > 20) {
            throw new ApiError(47001, "data format error: count must be 1-20");
        }
        List<MediaStore.Item> all = store.materials(appId, type);
        List<MediaStore.Item> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + count));
        ObjectNode out = r.codec().object().put("total_count", all.size()).put("item_count", page.size());
        ArrayNode items = out.putArray("item");
        for (MediaStore.Item i : page) {
            items.addObject().put("media_id", i.mediaId()).put("name", i.filename() == null ? "" : i.filename())
                    .put("update_time", i.createdAt().getEpochSecond())
                    .put("url", r.baseUrl() + "/emulator/media/" + i.mediaId());
        }
        return Answer.json(out);
    }

    /** The stored bytes (the URLs the emulator hands out point here; no token needed, like WeChat's CDN). */
    private Answer download(Request r) {
        MediaStore.Item i = store.find(r.pathParam("id"), clock.instant());
        return i == null ? Answer.text(404, "not found") : file(i);
    }

    private static Answer file(MediaStore.Item i) {
        String ct = i.contentType() == null ? "application/octet-stream" : i.contentType();
        return Answer.bytes(200, ct, i.data()).withHeader("Content-disposition",
                "attachment; filename=\"" + (i.filename() == null ? i.mediaId() : i.filename()) + "\"");
    }

    @Override
    public void reset() {
        store.reset();
    }
}
