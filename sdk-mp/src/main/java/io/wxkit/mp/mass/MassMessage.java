package io.wxkit.mp.mass;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * What a mass send (群发) delivers: one {@code msgtype} payload plus the send options
 * {@code send_ignore_reprint} and {@code clientmsgid}. The target (all followers, a tag, an openid
 * list) is chosen by {@link MassTarget}. Immutable; {@code with}-style calls return copies.
 *
 * <pre>{@code
 * MassMessage news = MassMessage.mpNews(draftMediaId).clientMsgId("weekly-2026-48");
 * mp.mass().send(MassTarget.tag(2), news);
 * }</pre>
 *
 * @param msgType WeChat's {@code msgtype}
 * @param mpNews the {@code mpnews} payload
 * @param text the {@code text} payload
 * @param voice the {@code voice} payload
 * @param images the {@code images} payload
 * @param mpVideo the {@code mpvideo} payload
 * @param wxCard the {@code wxcard} payload
 * @param sendIgnoreReprint 1 to go on when an article is judged a reprint that allows it; null for WeChat's 0
 * @param clientMsgId the idempotency id (≤ 64 chars, dedup within 24 h), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MassMessage(
        @JsonProperty("msgtype") String msgType,
        @JsonProperty("mpnews") Media mpNews,
        @JsonProperty("text") Text text,
        @JsonProperty("voice") Media voice,
        @JsonProperty("images") Images images,
        @JsonProperty("mpvideo") Media mpVideo,
        @JsonProperty("wxcard") Card wxCard,
        @JsonProperty("send_ignore_reprint") Integer sendIgnoreReprint,
        @JsonProperty("clientmsgid") String clientMsgId) {

    static final int MAX_CLIENT_MSG_ID = 64;

    /**
     * Validates that exactly one payload is set and the options are in range.
     *
     * @param msgType WeChat's {@code msgtype}
     * @param mpNews the {@code mpnews} payload
     * @param text the {@code text} payload
     * @param voice the {@code voice} payload
     * @param images the {@code images} payload
     * @param mpVideo the {@code mpvideo} payload
     * @param wxCard the {@code wxcard} payload
     * @param sendIgnoreReprint 1 to go on when an article is judged a reprint that allows it; null for WeChat's 0
     * @param clientMsgId the idempotency id (≤ 64 chars, dedup within 24 h), or null
     * @throws IllegalArgumentException if not exactly one payload is set, or an option is invalid
     */
    public MassMessage {
        Checks.requireText(msgType, "msgtype");
        long payloads = java.util.stream.Stream.of(mpNews, text, voice, images, mpVideo, wxCard)
                .filter(Objects::nonNull).count();
        if (payloads != 1) {
            throw new IllegalArgumentException("a mass message carries exactly one payload, got " + payloads);
        }
        if (sendIgnoreReprint != null && sendIgnoreReprint != 0 && sendIgnoreReprint != 1) {
            throw new IllegalArgumentException("send_ignore_reprint is 0 or 1, got " + sendIgnoreReprint);
        }
        Checks.optionalChars(clientMsgId, "clientmsgid", MAX_CLIENT_MSG_ID);
    }

    /**
     * A news message of the news material or draft {@code mediaId}.
     *
     * @param mediaId the {@code media_id} of a news material, draft or {@link MassApi#uploadNews} result; not blank
     * @return the message
     * @throws NullPointerException if {@code mediaId} is null
     * @throws IllegalArgumentException if {@code mediaId} is blank
     */
    public static MassMessage mpNews(String mediaId) {
        return new MassMessage("mpnews", new Media(mediaId), null, null, null, null, null, null, null);
    }

    /**
     * A text message.
     *
     * @param content the text; not blank
     * @return the message
     * @throws NullPointerException if {@code content} is null
     * @throws IllegalArgumentException if {@code content} is blank
     */
    public static MassMessage text(String content) {
        return new MassMessage("text", null, new Text(content), null, null, null, null, null, null);
    }

    /**
     * A voice message of the voice material {@code mediaId}.
     *
     * @param mediaId the voice's {@code media_id}; not blank
     * @return the message
     * @throws NullPointerException if {@code mediaId} is null
     * @throws IllegalArgumentException if {@code mediaId} is blank
     */
    public static MassMessage voice(String mediaId) {
        return new MassMessage("voice", null, null, new Media(mediaId), null, null, null, null, null);
    }

    /**
     * An image message of one or more image materials.
     *
     * @param mediaIds 1..20 image {@code media_id}s
     * @return the message, without recommendation text or comment settings
     * @throws IllegalArgumentException if {@code mediaIds} has fewer than 1 or more than 20 entries
     */
    public static MassMessage images(List<String> mediaIds) {
        return new MassMessage("image", null, null, null, new Images(mediaIds, null, null, null), null, null, null, null);
    }

    /**
     * An image message with its full options.
     *
     * @param images the payload with its recommendation text and comment settings; not null
     * @return the message
     * @throws IllegalArgumentException if {@code images} is null
     */
    public static MassMessage images(Images images) {
        return new MassMessage("image", null, null, null, images, null, null, null, null);
    }

    /**
     * A video message of the video material {@code mediaId}.
     *
     * @param mediaId the video's {@code media_id}; not blank
     * @return the message
     * @throws NullPointerException if {@code mediaId} is null
     * @throws IllegalArgumentException if {@code mediaId} is blank
     */
    public static MassMessage mpVideo(String mediaId) {
        return new MassMessage("mpvideo", null, null, null, null, new Media(mediaId), null, null, null);
    }

    /**
     * A card (卡券) message.
     *
     * @param cardId the card's {@code card_id}; not blank
     * @return the message
     * @throws NullPointerException if {@code cardId} is null
     * @throws IllegalArgumentException if {@code cardId} is blank
     */
    public static MassMessage wxCard(String cardId) {
        return new MassMessage("wxcard", null, null, null, null, null, new Card(cardId), null, null);
    }

    /**
     * This message, going on ({@code true}) or stopping when an article is judged a reprint.
     *
     * @param ignore sent as {@code send_ignore_reprint} 1 ({@code true}) or 0
     * @return a copy with {@code send_ignore_reprint} set
     */
    public MassMessage sendIgnoreReprint(boolean ignore) {
        return new MassMessage(msgType, mpNews, text, voice, images, mpVideo, wxCard, ignore ? 1 : 0, clientMsgId);
    }

    /**
     * This message with idempotency id {@code clientMsgId}: WeChat refuses a repeat within 24 h (45065).
     *
     * @param clientMsgId non-blank, at most 64 characters, or null for none
     * @return a copy with {@code clientmsgid} set
     * @throws IllegalArgumentException if {@code clientMsgId} is blank or longer than 64 characters
     */
    public MassMessage clientMsgId(String clientMsgId) {
        return new MassMessage(msgType, mpNews, text, voice, images, mpVideo, wxCard, sendIgnoreReprint, clientMsgId);
    }

    /** The payload only, as preview takes it. */
    MassMessage contentOnly() {
        return new MassMessage(msgType, mpNews, text, voice, images, mpVideo, wxCard, null, null);
    }

    /** @param mediaId the material id */
    public record Media(@JsonProperty("media_id") String mediaId) {
        /**
         * @param mediaId the material id
         * @throws IllegalArgumentException if the id is blank
         */
        public Media {
            Checks.requireText(mediaId, "media_id");
        }
    }

    /** @param content the text */
    public record Text(@JsonProperty("content") String content) {
        /**
         * @param content the text
         * @throws IllegalArgumentException if the content is blank
         */
        public Text {
            Checks.requireText(content, "text.content");
        }
    }

    /** @param cardId the card id */
    public record Card(@JsonProperty("card_id") String cardId) {
        /**
         * @param cardId the card id
         * @throws IllegalArgumentException if the id is blank
         */
        public Card {
            Checks.requireText(cardId, "wxcard.card_id");
        }
    }

    /**
     * The {@code images} payload: up to 20 image materials shown as one post.
     *
     * @param mediaIds the image materials
     * @param recommend the recommendation text, or null
     * @param needOpenComment 1 to open comments, or null
     * @param onlyFansCanComment 1 to allow only followers to comment, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Images(@JsonProperty("media_ids") List<String> mediaIds, @JsonProperty("recommend") String recommend,
            @JsonProperty("need_open_comment") Integer needOpenComment,
            @JsonProperty("only_fans_can_comment") Integer onlyFansCanComment) {
        /**
         * @param mediaIds the image materials
         * @param recommend the recommendation text, or null
         * @param needOpenComment 1 to open comments, or null
         * @param onlyFansCanComment 1 to allow only followers to comment, or null
         * @throws IllegalArgumentException if there are not 1–20 images
         */
        public Images {
            mediaIds = List.copyOf(Checks.requireSize(mediaIds, "images.media_ids", 1, 20));
        }
    }
}
