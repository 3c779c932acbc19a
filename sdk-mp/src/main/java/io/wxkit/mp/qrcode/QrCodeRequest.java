package io.wxkit.mp.qrcode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Objects;

/**
 * A parametric QR code to create ({@code /cgi-bin/qrcode/create}): temporary or permanent, with a
 * numeric scene id or a scene string. Scanning it sends the scene back in the subscribe/SCAN event.
 *
 * <pre>{@code
 * QrCodeTicket t = mp.qrcodes().create(QrCodeRequest.temporary("vote-42", Duration.ofDays(7)));
 * String image = t.showUrl();
 * }</pre>
 *
 * <p>Limits enforced before sending: temporary codes expire within 1 s .. 30 days
 * ({@value #MAX_EXPIRE_SECONDS} s) and take a non-zero 32-bit scene id; permanent codes take a
 * scene id in 1..{@value #MAX_PERMANENT_SCENE_ID}; scene strings are 1..64 characters.
 *
 * @param kind which of WeChat's four {@code action_name}s
 * @param sceneId the numeric scene id (when {@code kind} is numeric)
 * @param sceneStr the scene string (when {@code kind} is a string kind), else {@code null}
 * @param expire lifetime of a temporary code, {@code null} for permanent codes
 */
@JsonPropertyOrder({"expire_seconds", "action_name", "action_info"})
public record QrCodeRequest(
        @JsonIgnore Kind kind, @JsonIgnore long sceneId, @JsonIgnore String sceneStr, @JsonIgnore Duration expire) {

    /** Longest lifetime of a temporary QR code: 2,592,000 s (30 days). */
    public static final long MAX_EXPIRE_SECONDS = 2_592_000L;
    /** Highest scene id of a permanent QR code (at most 100,000 permanent codes per account). */
    public static final int MAX_PERMANENT_SCENE_ID = 100_000;
    static final int MAX_SCENE_STR_LENGTH = 64;

    /** WeChat's {@code action_name} values. */
    public enum Kind {
        /** Temporary, numeric scene id. */
        QR_SCENE,
        /** Temporary, scene string. */
        QR_STR_SCENE,
        /** Permanent, numeric scene id. */
        QR_LIMIT_SCENE,
        /** Permanent, scene string. */
        QR_LIMIT_STR_SCENE;

        boolean temporary() {
            return this == QR_SCENE || this == QR_STR_SCENE;
        }

        boolean numeric() {
            return this == QR_SCENE || this == QR_LIMIT_SCENE;
        }
    }

    /**
     * Checks the request against WeChat's limits (see above).
     *
     * @param kind which of WeChat's four {@code action_name}s; not null
     * @param sceneId the numeric scene id; ignored by string kinds
     * @param sceneStr the scene string of string kinds, {@code null} for numeric kinds
     * @param expire lifetime of a temporary code, {@code null} for permanent codes
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if a limit is broken, a temporary code has no {@code expire}, a
     *     permanent code has one, or a numeric kind has a scene string
     */
    public QrCodeRequest {
        Objects.requireNonNull(kind, "kind");
        if (kind.temporary()) {
            validateExpire(expire);
        } else if (expire != null) {
            throw new IllegalArgumentException("permanent QR codes have no expiry");
        }
        if (kind.numeric()) {
            validateSceneId(kind, sceneId);
            if (sceneStr != null) {
                throw new IllegalArgumentException(kind + " takes a scene id, not a scene string");
            }
        } else {
            validateSceneStr(sceneStr);
        }
    }

    /**
     * A temporary code with a non-zero 32-bit scene id, valid for {@code expire} (≤ 30 days).
     *
     * @param sceneId any {@code int} but 0 ({@code scene_id})
     * @param expire 1 s .. 30 days ({@code expire_seconds}, whole seconds); not null
     * @return the request, {@code action_name} {@code QR_SCENE}
     * @throws IllegalArgumentException if {@code sceneId} is 0 or {@code expire} is null or out of range
     */
    public static QrCodeRequest temporary(int sceneId, Duration expire) {
        return new QrCodeRequest(Kind.QR_SCENE, sceneId, null, expire);
    }

    /**
     * A temporary code with a 1..64 character scene string, valid for {@code expire} (≤ 30 days).
     *
     * @param sceneStr 1..64 characters ({@code scene_str})
     * @param expire 1 s .. 30 days ({@code expire_seconds}, whole seconds); not null
     * @return the request, {@code action_name} {@code QR_STR_SCENE}
     * @throws IllegalArgumentException if {@code sceneStr} is null, empty or too long, or {@code expire}
     *     is null or out of range
     */
    public static QrCodeRequest temporary(String sceneStr, Duration expire) {
        return new QrCodeRequest(Kind.QR_STR_SCENE, 0, sceneStr, expire);
    }

    /**
     * A permanent code with scene id 1..100000.
     *
     * @param sceneId 1..{@value #MAX_PERMANENT_SCENE_ID} ({@code scene_id})
     * @return the request, {@code action_name} {@code QR_LIMIT_SCENE}
     * @throws IllegalArgumentException if {@code sceneId} is out of range
     */
    public static QrCodeRequest permanent(int sceneId) {
        return new QrCodeRequest(Kind.QR_LIMIT_SCENE, sceneId, null, null);
    }

    /**
     * A permanent code with a 1..64 character scene string.
     *
     * @param sceneStr 1..64 characters ({@code scene_str})
     * @return the request, {@code action_name} {@code QR_LIMIT_STR_SCENE}
     * @throws IllegalArgumentException if {@code sceneStr} is null, empty or too long
     */
    public static QrCodeRequest permanent(String sceneStr) {
        return new QrCodeRequest(Kind.QR_LIMIT_STR_SCENE, 0, sceneStr, null);
    }

    @JsonProperty("expire_seconds")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Long expireSeconds() {
        return expire == null ? null : expire.toSeconds();
    }

    @JsonProperty("action_name")
    String actionName() {
        return kind.name();
    }

    @JsonProperty("action_info")
    ActionInfo actionInfo() {
        return new ActionInfo(kind.numeric() ? new Scene((int) sceneId, null) : new Scene(null, sceneStr));
    }

    record ActionInfo(@JsonProperty("scene") Scene scene) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scene(@JsonProperty("scene_id") Integer sceneId, @JsonProperty("scene_str") String sceneStr) {
    }

    private static void validateExpire(Duration expire) {
        if (expire == null) {
            throw new IllegalArgumentException("temporary QR codes need an expiry (WeChat's default differs between doc revisions)");
        }
        long seconds = expire.toSeconds();
        if (seconds < 1 || seconds > MAX_EXPIRE_SECONDS) {
            throw new IllegalArgumentException("expire must be 1.." + MAX_EXPIRE_SECONDS + " seconds, was " + seconds);
        }
    }

    private static void validateSceneId(Kind kind, long sceneId) {
        if (kind.temporary()) {
            if (sceneId == 0 || sceneId < Integer.MIN_VALUE || sceneId > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("temporary scene id must be a non-zero 32-bit integer, was " + sceneId);
            }
        } else if (sceneId < 1 || sceneId > MAX_PERMANENT_SCENE_ID) {
            throw new IllegalArgumentException("permanent scene id must be 1.." + MAX_PERMANENT_SCENE_ID + ", was " + sceneId);
        }
    }

    private static void validateSceneStr(String sceneStr) {
        if (sceneStr == null || sceneStr.isEmpty() || sceneStr.length() > MAX_SCENE_STR_LENGTH) {
            throw new IllegalArgumentException("scene string must be 1.." + MAX_SCENE_STR_LENGTH + " characters");
        }
    }
}
