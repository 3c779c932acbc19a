package io.wxkit.mp.callback;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.ImageReply;
import io.wxkit.core.message.MusicReply;
import io.wxkit.core.message.NewsReply;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.TextReply;
import io.wxkit.core.message.TransferCustomerService;
import io.wxkit.core.message.VideoReply;
import io.wxkit.core.message.VoiceReply;
import io.wxkit.mp.kf.KfMessage;

/**
 * Turns a passive reply that missed the 5-second window into the customer-service message
 * ({@code cgi-bin/message/custom/send}) that carries the same content to the same user.
 *
 * <p>What cannot be carried is refused with {@link IllegalArgumentException} (reported to the error
 * hook): a video reply (the customer-service video needs a {@code thumb_media_id} the passive reply
 * does not have) and {@code transfer_customer_service} (a passive-only instruction). A news reply
 * sends its first article, as WeChat shows one article per customer-service news message.
 */
final class CustomerServiceReplies {
    private CustomerServiceReplies() {
    }

    static KfMessage of(Reply reply) {
        String to = reply.toUser();
        if (reply instanceof TextReply t) {
            return KfMessage.text(to, t.content());
        } else if (reply instanceof ImageReply i) {
            return KfMessage.image(to, i.mediaId());
        } else if (reply instanceof VoiceReply v) {
            return KfMessage.voice(to, v.mediaId());
        } else if (reply instanceof MusicReply m) {
            return KfMessage.music(to, new KfMessage.Music(m.title(), m.description(), m.musicUrl(), m.hqMusicUrl(),
                    m.thumbMediaId()));
        } else if (reply instanceof NewsReply n) {
            Article a = n.articles().get(0);
            return KfMessage.news(to, new KfMessage.Article(a.title(), a.description(), a.url(), a.picUrl()));
        } else if (reply instanceof VideoReply) {
            throw new IllegalArgumentException("a late video reply cannot be sent as a customer-service message: "
                    + "it has no thumb_media_id; answer videos within the reply budget or send them with mp.kf()");
        } else if (reply instanceof TransferCustomerService) {
            throw new IllegalArgumentException("transfer_customer_service only works as a passive reply; "
                    + "it missed the reply budget and was dropped");
        }
        throw new IllegalArgumentException("no customer-service form for a " + reply.msgType() + " reply");
    }
}
