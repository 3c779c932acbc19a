package io.wxkit.mp.media;

import java.util.Locale;
import java.util.Set;

/**
 * The media {@code type} of WeChat's upload endpoints, with the documented size and format limits
 * checked before an upload (temporary media: image 10 MB PNG/JPEG/JPG/GIF, voice 2 MB AMR/MP3 up to
 * 60 s, video 10 MB MP4, thumb 64 KB JPG). Images over 2 MB may still be refused by WeChat with
 * 45001: the official page states both 2 MB and 10 MB.
 */
public enum MediaType {
    /** {@code image}: PNG, JPEG, JPG or GIF up to 10 MB. */
    IMAGE("image", 10L << 20, Set.of("png", "jpeg", "jpg", "gif")),
    /** {@code voice}: AMR or MP3 up to 2 MB and 60 s. */
    VOICE("voice", 2L << 20, Set.of("amr", "mp3")),
    /** {@code video}: MP4 up to 10 MB. */
    VIDEO("video", 10L << 20, Set.of("mp4")),
    /** {@code thumb}: JPG up to 64 KB (video and music covers). */
    THUMB("thumb", 64L << 10, Set.of("jpg", "jpeg"));

    private final String wireName;
    private final long maxBytes;
    private final Set<String> extensions;

    MediaType(String wireName, long maxBytes, Set<String> extensions) {
        this.wireName = wireName;
        this.maxBytes = maxBytes;
        this.extensions = extensions;
    }

    /**
     * The value of the {@code type} query parameter, e.g. {@code image}.
     *
     * @return {@code image}, {@code voice}, {@code video} or {@code thumb}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The largest accepted file in bytes.
     *
     * @return the limit checked before upload: 10 MB (10 × 2<sup>20</sup> bytes) for image and video,
     *     2 MB for voice, 64 KB for thumb
     */
    public long maxBytes() {
        return maxBytes;
    }

    /** The type named {@code wireName} (as WeChat echoes it back). */
    static MediaType fromWire(String wireName) {
        for (MediaType t : values()) {
            if (t.wireName.equals(wireName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown media type: " + wireName);
    }

    /**
     * Rejects a file WeChat would refuse for this type: a wrong extension, or more than
     * {@link #maxBytes()} bytes when the length is known ({@code length < 0} means unknown).
     */
    void check(String fileName, long length) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is required (WeChat reads the format from its extension)");
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(ext)) {
            throw new IllegalArgumentException(wireName + " must be one of " + extensions + ", got " + fileName);
        }
        if (length > maxBytes) {
            throw new IllegalArgumentException(wireName + " is limited to " + maxBytes + " bytes, " + fileName
                    + " has " + length);
        }
    }
}
