package io.wxkit.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A passive reply: the XML an Official Account returns in the HTTP response to a callback, addressed back to
 * the sender (To/From swapped from the inbound message). {@code CreateTime} is stamped when
 * {@link MessageCodec#encode(Reply)} runs, from the codec's clock.
 *
 * <pre>{@code
 * Reply r = Reply.text(m, "Hello");
 * Reply news = Reply.news(e, List.of(Article.of("Title", "Desc", picUrl, url)));
 * }</pre>
 *
 * <p>Every implementation is an immutable record.
 */
public sealed interface Reply permits TextReply, ImageReply, VoiceReply, VideoReply, MusicReply, NewsReply,
        TransferCustomerService {
    /**
     * The user the reply goes to ({@code ToUserName}, the inbound {@code FromUserName}).
     *
     * @return the {@code ToUserName} of the reply, an openid
     */
    String toUser();

    /**
     * The account that replies ({@code FromUserName}, the inbound {@code ToUserName}).
     *
     * @return the {@code FromUserName} of the reply, the account's gh_ id
     */
    String fromUser();

    /**
     * The wire {@code MsgType} of the reply.
     *
     * @return {@code text}, {@code image}, {@code voice}, {@code video}, {@code music}, {@code news} or
     *     {@code transfer_customer_service}
     */
    String msgType();

    /**
     * A text reply.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param content the text shown to the user ({@code Content})
     * @return the reply, addressed back to {@code m}'s sender
     * @throws NullPointerException if an argument is null
     */
    static TextReply text(InboundMessage m, String content) {
        return new TextReply(m.fromUser(), m.toUser(), content);
    }

    /**
     * An image reply with a media id from the media upload API.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param mediaId the image's media id ({@code Image/MediaId})
     * @return the reply, addressed back to {@code m}'s sender
     * @throws NullPointerException if an argument is null
     */
    static ImageReply image(InboundMessage m, String mediaId) {
        return new ImageReply(m.fromUser(), m.toUser(), mediaId);
    }

    /**
     * A voice reply with a media id from the media upload API.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param mediaId the voice's media id ({@code Voice/MediaId})
     * @return the reply, addressed back to {@code m}'s sender
     * @throws NullPointerException if an argument is null
     */
    static VoiceReply voice(InboundMessage m, String mediaId) {
        return new VoiceReply(m.fromUser(), m.toUser(), mediaId);
    }

    /**
     * A video reply; {@code title} and {@code description} may be null.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param mediaId the video's media id ({@code Video/MediaId})
     * @param title the video title ({@code Video/Title}); may be null
     * @param description the video description ({@code Video/Description}); may be null
     * @return the reply, addressed back to {@code m}'s sender
     * @throws NullPointerException if {@code m} or {@code mediaId} is null
     */
    static VideoReply video(InboundMessage m, String mediaId, String title, String description) {
        return new VideoReply(m.fromUser(), m.toUser(), mediaId, title, description);
    }

    /**
     * A music reply; only {@code thumbMediaId} is required, the others may be null.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param title the music title ({@code Music/Title}); may be null
     * @param description the music description ({@code Music/Description}); may be null
     * @param musicUrl the music link ({@code Music/MusicUrl}); may be null
     * @param hqMusicUrl the high-quality link, used on Wi-Fi ({@code Music/HQMusicUrl}); may be null
     * @param thumbMediaId the cover thumbnail's media id ({@code Music/ThumbMediaId})
     * @return the reply, addressed back to {@code m}'s sender
     * @throws NullPointerException if {@code m} or {@code thumbMediaId} is null
     */
    static MusicReply music(InboundMessage m, String title, String description, String musicUrl,
                            String hqMusicUrl, String thumbMediaId) {
        return new MusicReply(m.fromUser(), m.toUser(), title, description, musicUrl, hqMusicUrl, thumbMediaId);
    }

    /**
     * A news (articles) reply with 1 to 8 articles. WeChat shows only one article when replying to a user
     * message (text, image, voice, video, location, link), up to 8 for events.
     *
     * @param m the message being answered; the reply goes to its sender
     * @param articles the articles ({@code Articles/item}), copied
     * @return the reply, addressed back to {@code m}'s sender
     * @throws IllegalArgumentException if there are no articles or more than 8
     * @throws NullPointerException if an argument or article is null
     */
    static NewsReply news(InboundMessage m, List<Article> articles) {
        return new NewsReply(m.fromUser(), m.toUser(), articles);
    }

    /**
     * Hands the message to the customer-service system (any online agent).
     *
     * @param m the message to hand over; the reply goes to its sender
     * @return the reply, with no {@code TransInfo}
     * @throws NullPointerException if {@code m} is null
     */
    static TransferCustomerService transferCustomerService(InboundMessage m) {
        return new TransferCustomerService(m.fromUser(), m.toUser(), null);
    }

    /**
     * Hands the message to one customer-service agent, e.g. {@code test1@test}.
     *
     * @param m the message to hand over; the reply goes to its sender
     * @param kfAccount the agent's account ({@code TransInfo/KfAccount})
     * @return the reply
     * @throws NullPointerException if an argument is null
     */
    static TransferCustomerService transferCustomerService(InboundMessage m, String kfAccount) {
        return new TransferCustomerService(m.fromUser(), m.toUser(), Objects.requireNonNull(kfAccount, "kfAccount"));
    }
}
