package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.MediaDownload;
import io.wxkit.core.http.Multipart;
import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.draft.NewsContent;
import io.wxkit.mp.draft.NewsItem;
import io.wxkit.mp.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Permanent materials (永久素材, {@code /cgi-bin/material/*}) of an Official Account: add (streamed
 * multipart, field {@code media}; videos also send a {@code description}), get, download, list,
 * count and delete.
 *
 * <pre>{@code
 * AddedMaterial cover = mp.materials().add(MediaType.IMAGE, Path.of("cover.jpg"));
 * MaterialPage page = mp.materials().list(MaterialListType.IMAGE, 0, 20);
 * }</pre>
 *
 * <p>Limits checked before sending: image 10 MB (bmp/png/jpeg/jpg/gif), voice 2 MB
 * (mp3/wma/wav/amr), video 10 MB (mp4), thumb 64 KB (jpg); an account holds at most 100,000
 * images and 1,000 of each other type. An {@link InputStream} is read once and never retried.
 * Obtained from {@code WxMp.materials()}; stateless and thread-safe; each call blocks on one HTTP
 * exchange and throws {@link WxApiException} when WeChat refuses (40007 invalid media_id, ...).
 */
public final class MaterialApi {
    /** Most materials per {@link #list} page. */
    public static final int MAX_PAGE_SIZE = 20;
    private static final Map<MediaType, Set<String>> EXTENSIONS = Map.of(
            MediaType.IMAGE, Set.of("bmp", "png", "jpeg", "jpg", "gif"),
            MediaType.VOICE, Set.of("mp3", "wma", "wav", "amr"),
            MediaType.VIDEO, Set.of("mp4"),
            MediaType.THUMB, Set.of("jpg", "jpeg"));

    private final ApiClient api;

    /**
     * Binds the material endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public MaterialApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Adds an image, voice or thumb ({@code POST /cgi-bin/material/add_material?type=..}); use
     * {@link #addVideo(Path, String, String)} for videos.
     *
     * @param type {@code IMAGE}, {@code VOICE} or {@code THUMB}; not null
     * @param file the file; its name's extension must be one of the type's formats
     * @return the permanent {@code media_id} (and, for images, the {@code url})
     * @throws IllegalArgumentException for a video, or a file breaking the type's limits
     * @throws UncheckedIOException if the file's size cannot be read
     */
    public AddedMaterial add(MediaType type, Path file) {
        requireNotVideo(type);
        check(type, fileName(file), size(file));
        return addForm(type, Multipart.file("media", file));
    }

    /**
     * As {@link #add(MediaType, Path)}, reading {@code in} once ({@code length} {@code -1} if unknown).
     *
     * @param type {@code IMAGE}, {@code VOICE} or {@code THUMB}; not null
     * @param fileName the file name WeChat sees; its extension decides the format
     * @param in the content; read once, not closed
     * @param length the byte count if known (checked against the limit), else {@code -1}
     * @return the permanent {@code media_id} (and, for images, the {@code url})
     * @throws IllegalArgumentException for a video, or a file breaking the type's limits
     */
    public AddedMaterial add(MediaType type, String fileName, InputStream in, long length) {
        requireNotVideo(type);
        Objects.requireNonNull(in, "in");
        check(type, fileName, length);
        return addForm(type, Multipart.stream("media", fileName, in, length));
    }

    /**
     * Adds a video with its title and introduction (the {@code description} form field).
     *
     * @param file an MP4 of at most 10 MB
     * @param title the video's {@code title}; not blank
     * @param introduction the video's {@code introduction}, or null for none
     * @return the permanent {@code media_id}
     * @throws IllegalArgumentException if the file is not {@code .mp4}, is too large, or {@code title} is blank
     * @throws UncheckedIOException if the file's size cannot be read
     */
    public AddedMaterial addVideo(Path file, String title, String introduction) {
        check(MediaType.VIDEO, fileName(file), size(file));
        return addForm(MediaType.VIDEO, Multipart.file("media", file).field("description", description(title, introduction)));
    }

    /**
     * As {@link #addVideo(Path, String, String)}, reading {@code in} once.
     *
     * @param fileName the file name WeChat sees, ending in {@code .mp4}
     * @param in the content; read once, not closed
     * @param length the byte count if known (checked against 10 MB), else {@code -1}
     * @param title the video's {@code title}; not blank
     * @param introduction the video's {@code introduction}, or null for none
     * @return the permanent {@code media_id}
     * @throws IllegalArgumentException if the name is not {@code .mp4}, {@code length} is too large, or
     *     {@code title} is blank
     */
    public AddedMaterial addVideo(String fileName, InputStream in, long length, String title, String introduction) {
        Objects.requireNonNull(in, "in");
        check(MediaType.VIDEO, fileName, length);
        return addForm(MediaType.VIDEO,
                Multipart.stream("media", fileName, in, length).field("description", description(title, introduction)));
    }

    /**
     * Title, introduction and download URL of a video material ({@code POST /cgi-bin/material/get_material}).
     *
     * @param mediaId the video material's {@code media_id}; not blank
     * @return its {@code title}, {@code description} and {@code down_url}
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public VideoMaterial getVideo(String mediaId) {
        return api.call(getRequest(mediaId), VideoMaterial.class);
    }

    /**
     * The articles of a legacy news material ({@code POST /cgi-bin/material/get_material}).
     *
     * @param mediaId the news material's {@code media_id}; not blank
     * @return the articles, in display order
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public List<NewsItem> getNews(String mediaId) {
        return api.call(getRequest(mediaId), NewsContent.class).newsItem();
    }

    /**
     * Streams an image, voice or thumb material to {@code out} (not closed).
     *
     * @param mediaId the material's {@code media_id}; not blank
     * @param out where the bytes go; not null
     * @return content type, file name and byte count of what was written
     * @throws WxApiException 40007 for an unknown media id
     * @throws UncheckedIOException if writing to {@code out} fails
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public MediaDownload download(String mediaId, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return api.download(getRequest(mediaId), out);
    }

    /**
     * Deletes a permanent material ({@code POST /cgi-bin/material/del_material}).
     *
     * @param mediaId the material's {@code media_id}; not blank
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public void delete(String mediaId) {
        api.call(ApiRequest.post("/cgi-bin/material/del_material").json(Map.of("media_id", requireText(mediaId, "mediaId")))
                .asIdempotent(), Void.class);
    }

    /**
     * Materials held per type ({@code GET /cgi-bin/material/get_materialcount}).
     *
     * @return the {@code voice_count}, {@code video_count}, {@code image_count} and {@code news_count}
     */
    public MaterialCount count() {
        return api.call(ApiRequest.get("/cgi-bin/material/get_materialcount"), MaterialCount.class);
    }

    /**
     * A page of one type of material ({@code POST /cgi-bin/material/batchget_material}).
     *
     * @param type which materials; not null
     * @param offset position of the first material, from 0
     * @param count page size, 1..{@value #MAX_PAGE_SIZE}
     * @return the page; {@code totalCount} counts every material of {@code type}
     * @throws IllegalArgumentException if {@code offset} is negative or {@code count} is outside
     *     1..{@value #MAX_PAGE_SIZE}
     */
    public MaterialPage list(MaterialListType type, int offset, int count) {
        Objects.requireNonNull(type, "type");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (count < 1 || count > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("count must be 1.." + MAX_PAGE_SIZE + ", was " + count);
        }
        Page body = new Page(type.wireName(), offset, count);
        return api.call(ApiRequest.post("/cgi-bin/material/batchget_material").json(body).asIdempotent(), MaterialPage.class);
    }

    private AddedMaterial addForm(MediaType type, Multipart form) {
        return api.upload("/cgi-bin/material/add_material", Map.of("type", type.wireName()), form, AddedMaterial.class);
    }

    private ApiRequest getRequest(String mediaId) {
        return ApiRequest.post("/cgi-bin/material/get_material").json(Map.of("media_id", requireText(mediaId, "mediaId")))
                .asIdempotent();
    }

    private String description(String title, String introduction) {
        return api.json().write(new Description(requireText(title, "title"), introduction == null ? "" : introduction));
    }

    private static void requireNotVideo(MediaType type) {
        Objects.requireNonNull(type, "type");
        if (type == MediaType.VIDEO) {
            throw new IllegalArgumentException("videos need a title: use addVideo(..)");
        }
    }

    private static void check(MediaType type, String fileName, long length) {
        requireText(fileName, "fileName");
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.get(type).contains(ext)) {
            throw new IllegalArgumentException(type.wireName() + " material must be one of " + EXTENSIONS.get(type)
                    + ", got " + fileName);
        }
        if (length > type.maxBytes()) {
            throw new IllegalArgumentException(type.wireName() + " material is limited to " + type.maxBytes()
                    + " bytes, " + fileName + " has " + length);
        }
    }

    private static String fileName(Path file) {
        Objects.requireNonNull(file, "file");
        return file.getFileName() == null ? "" : file.getFileName().toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    record Description(@JsonProperty("title") String title, @JsonProperty("introduction") String introduction) {
    }

    record Page(@JsonProperty("type") String type, @JsonProperty("offset") int offset, @JsonProperty("count") int count) {
    }
}
