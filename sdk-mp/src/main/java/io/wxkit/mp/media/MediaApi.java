package io.wxkit.mp.media;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.MediaDownload;
import io.wxkit.core.http.Multipart;
import io.wxkit.core.http.WxApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Temporary media (临时素材, {@code /cgi-bin/media/*}) of an Official Account, plus the article-image
 * upload {@code uploadimg}: files stream from a {@link Path} or an {@link InputStream} as
 * {@code multipart/form-data} (field {@code media}); downloads stream to an {@link OutputStream}.
 *
 * <pre>{@code
 * UploadedMedia m = mp.media().upload(MediaType.IMAGE, Path.of("poster.jpg"));
 * mp.media().download(m.mediaId(), outputStream);
 * }</pre>
 *
 * <p>Temporary media lives 3 days. Uploads from a {@code Path} are retried like any call; an
 * {@code InputStream} is read once, so its upload is never retried, and the caller closes it.
 * Obtained from {@code WxMp.media()}; stateless and thread-safe; each call blocks on one HTTP
 * exchange and throws {@link WxApiException} when WeChat refuses (40004 invalid media type, 40007
 * invalid media_id, 45001 too large, ...). Files that break the documented limits fail with
 * {@link IllegalArgumentException} before anything is sent.
 */
public final class MediaApi {
    /** Largest article image for {@code uploadimg}: 1 MB. */
    public static final long MAX_ARTICLE_IMAGE_BYTES = 1L << 20;
    private static final Set<String> ARTICLE_IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png");

    private final ApiClient api;

    /**
     * Binds the media endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public MediaApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Uploads a temporary media file ({@code POST /cgi-bin/media/upload?type=..}).
     *
     * @param type the media type; not null
     * @param file the file; its name's extension must be one of {@code type}'s formats
     * @return the {@code type}, {@code media_id} and {@code created_at}; the id is valid for {@link UploadedMedia#LIFETIME}
     * @throws IllegalArgumentException if the extension or size breaks {@code type}'s limits
     * @throws UncheckedIOException if the file cannot be read
     */
    public UploadedMedia upload(MediaType type, Path file) {
        Objects.requireNonNull(type, "type");
        type.check(fileName(file), size(file));
        return api.upload("/cgi-bin/media/upload", Map.of("type", type.wireName()), Multipart.file("media", file),
                UploadedMedia.class);
    }

    /**
     * Uploads a temporary media file read from {@code in} (not closed, read once, never retried).
     *
     * @param type the media type; not null
     * @param fileName the file name WeChat sees; its extension decides the format
     * @param in the content; not null
     * @param length the byte count if known (checked against the limit), else {@code -1}
     * @return the {@code type}, {@code media_id} and {@code created_at}; the id is valid for {@link UploadedMedia#LIFETIME}
     * @throws IllegalArgumentException if the extension or {@code length} breaks {@code type}'s limits
     */
    public UploadedMedia upload(MediaType type, String fileName, InputStream in, long length) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(in, "in");
        type.check(fileName, length);
        return api.upload("/cgi-bin/media/upload", Map.of("type", type.wireName()),
                Multipart.stream("media", fileName, in, length), UploadedMedia.class);
    }

    /**
     * Uploads an image for use inside article content and returns its URL
     * ({@code POST /cgi-bin/media/uploadimg}); JPG/PNG under 1 MB, not counted against the material quota.
     *
     * @param file a {@code .jpg}, {@code .jpeg} or {@code .png} under 1 MB
     * @return the image's URL on WeChat's servers, for {@code <img src>} in article content
     * @throws IllegalArgumentException if the file is not JPG/PNG or is 1 MB or larger
     * @throws UncheckedIOException if the file's size cannot be read
     */
    public String uploadImage(Path file) {
        checkArticleImage(fileName(file), size(file));
        return api.upload("/cgi-bin/media/uploadimg", Map.of(), Multipart.file("media", file), ImageUrl.class).url();
    }

    /**
     * As {@link #uploadImage(Path)}, reading the image from {@code in} once.
     *
     * @param fileName the file name WeChat sees, ending in {@code .jpg}, {@code .jpeg} or {@code .png}
     * @param in the content; read once, not closed
     * @param length the byte count if known (checked against 1 MB), else {@code -1}
     * @return the image's URL on WeChat's servers, for {@code <img src>} in article content
     * @throws IllegalArgumentException if the name is not JPG/PNG or {@code length} is 1 MB or more
     */
    public String uploadImage(String fileName, InputStream in, long length) {
        Objects.requireNonNull(in, "in");
        checkArticleImage(fileName, length);
        return api.upload("/cgi-bin/media/uploadimg", Map.of(), Multipart.stream("media", fileName, in, length),
                ImageUrl.class).url();
    }

    /**
     * Streams a temporary media file to {@code out} ({@code GET /cgi-bin/media/get}); {@code out} is
     * not closed. For videos WeChat answers with JSON naming a URL instead: use {@link #videoUrl}.
     *
     * @param mediaId the {@code media_id} of an upload of the last 3 days; not blank
     * @param out where the bytes go; not null
     * @return content type, file name and byte count of what was written
     * @throws WxApiException 40007 for an unknown or expired media id
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public MediaDownload download(String mediaId, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return api.download(ApiRequest.get("/cgi-bin/media/get").query("media_id", requireText(mediaId)), out);
    }

    /**
     * The download URL of a temporary video ({@code GET /cgi-bin/media/get}, answer {@code video_url}).
     *
     * @param mediaId the {@code media_id} of a video upload of the last 3 days; not blank
     * @return the {@code video_url}
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     * @throws WxApiException if the answer has no {@code video_url} (the media is not a video)
     */
    public String videoUrl(String mediaId) {
        VideoUrl v = api.call(ApiRequest.get("/cgi-bin/media/get").query("media_id", requireText(mediaId)), VideoUrl.class);
        if (v.videoUrl() == null || v.videoUrl().isEmpty()) {
            throw WxApiException.unusable("media/get answered without video_url (not a video?)", "GET /cgi-bin/media/get");
        }
        return v.videoUrl();
    }

    private static void checkArticleImage(String fileName, long length) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is required");
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ARTICLE_IMAGE_EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("article images must be JPG or PNG, got " + fileName);
        }
        if (length >= MAX_ARTICLE_IMAGE_BYTES) {
            throw new IllegalArgumentException("article images must be under 1 MB, " + fileName + " has " + length);
        }
    }

    static String fileName(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String requireText(String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            throw new IllegalArgumentException("mediaId is required");
        }
        return mediaId;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImageUrl(@JsonProperty("url") String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoUrl(@JsonProperty("video_url") String videoUrl) {
    }
}
