package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive music reply ({@code MsgType=music}); build it with {@link Reply#music}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param title the title ({@code Music/Title}); may be null
 * @param description the description ({@code Music/Description}); may be null
 * @param musicUrl the music link ({@code Music/MusicUrl}); may be null
 * @param hqMusicUrl the high-quality link, used on Wi-Fi ({@code Music/HQMusicUrl}); may be null
 * @param thumbMediaId the thumbnail media id ({@code Music/ThumbMediaId})
 */
public record MusicReply(String toUser, String fromUser, String title, String description, String musicUrl,
                         String hqMusicUrl, String thumbMediaId) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param title the title ({@code Music/Title}); may be null
     * @param description the description ({@code Music/Description}); may be null
     * @param musicUrl the music link ({@code Music/MusicUrl}); may be null
     * @param hqMusicUrl the high-quality link, used on Wi-Fi ({@code Music/HQMusicUrl}); may be null
     * @param thumbMediaId the thumbnail media id ({@code Music/ThumbMediaId})
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code thumbMediaId} is null
     */
    public MusicReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(thumbMediaId, "thumbMediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "music";
    }
}
