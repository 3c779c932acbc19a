package io.wxkit.mp.kf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A customer-service message (客服消息) to one follower: the body of
 * {@code cgi-bin/message/custom/send}. One factory per {@code msgtype}; exactly one payload is set.
 * WeChat only delivers it within the follower's interaction window (48 h after a message, a minute
 * after a click or scan); outside it WeChat answers 45015. Immutable.
 *
 * <pre>{@code
 * mp.kf().send(KfMessage.text(openid, "Your order has shipped"));
 * mp.kf().send(KfMessage.image(openid, mediaId).asKfAccount("alice@gh_account"));
 * }</pre>
 *
 * @param toUser the recipient openid
 * @param msgType WeChat's {@code msgtype}
 * @param text the {@code text} payload
 * @param image the {@code image} payload
 * @param voice the {@code voice} payload
 * @param video the {@code video} payload
 * @param music the {@code music} payload
 * @param news the {@code news} payload (one external article)
 * @param mpNews the {@code mpnews} payload (a news material)
 * @param mpNewsArticle the {@code mpnewsarticle} payload (a published article)
 * @param menu the {@code msgmenu} payload
 * @param miniProgramPage the {@code miniprogrampage} payload
 * @param customService the customer-service account to send as, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KfMessage(
        @JsonProperty("touser") String toUser,
        @JsonProperty("msgtype") String msgType,
        @JsonProperty("text") Text text,
        @JsonProperty("image") Media image,
        @JsonProperty("voice") Media voice,
        @JsonProperty("video") Video video,
        @JsonProperty("music") Music music,
        @JsonProperty("news") News news,
        @JsonProperty("mpnews") Media mpNews,
        @JsonProperty("mpnewsarticle") ArticleRef mpNewsArticle,
        @JsonProperty("msgmenu") MsgMenu menu,
        @JsonProperty("miniprogrampage") MiniProgramPage miniProgramPage,
        @JsonProperty("customservice") CustomService customService) {

    /**
     * Validates the recipient and that exactly one payload is set.
     *
     * @param toUser the recipient openid
     * @param msgType WeChat's {@code msgtype}
     * @param text the {@code text} payload
     * @param image the {@code image} payload
     * @param voice the {@code voice} payload
     * @param video the {@code video} payload
     * @param music the {@code music} payload
     * @param news the {@code news} payload (one external article)
     * @param mpNews the {@code mpnews} payload (a news material)
     * @param mpNewsArticle the {@code mpnewsarticle} payload (a published article)
     * @param menu the {@code msgmenu} payload
     * @param miniProgramPage the {@code miniprogrampage} payload
     * @param customService the customer-service account to send as, or null
     * @throws IllegalArgumentException if the openid is blank or not exactly one payload is set
     */
    public KfMessage {
        Checks.requireText(toUser, "touser");
        Checks.requireText(msgType, "msgtype");
        long payloads = java.util.stream.Stream.of(text, image, voice, video, music, news, mpNews, mpNewsArticle,
                menu, miniProgramPage).filter(Objects::nonNull).count();
        if (payloads != 1) {
            throw new IllegalArgumentException("a customer-service message carries exactly one payload, got " + payloads);
        }
    }

    /**
     * A {@code text} message; the content may hold {@code <a href>} links.
     *
     * @param openid the recipient; not blank
     * @param content the text; not blank
     * @return the message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static KfMessage text(String openid, String content) {
        return new KfMessage(openid, "text", new Text(content), null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * An {@code image} message of the uploaded image {@code mediaId}.
     *
     * @param openid the recipient; not blank
     * @param mediaId the {@code media_id} of an image from {@code mp.media().upload(..)}; not blank
     * @return the message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static KfMessage image(String openid, String mediaId) {
        return new KfMessage(openid, "image", null, new Media(mediaId), null, null, null, null, null, null, null, null, null);
    }

    /**
     * A {@code voice} message of the uploaded voice {@code mediaId}.
     *
     * @param openid the recipient; not blank
     * @param mediaId the {@code media_id} of a voice from {@code mp.media().upload(..)}; not blank
     * @return the message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static KfMessage voice(String openid, String mediaId) {
        return new KfMessage(openid, "voice", null, null, new Media(mediaId), null, null, null, null, null, null, null, null);
    }

    /**
     * A {@code video} message.
     *
     * @param openid the recipient; not blank
     * @param video the payload; not null
     * @return the message
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank or {@code video} is null
     */
    public static KfMessage video(String openid, Video video) {
        return new KfMessage(openid, "video", null, null, null, video, null, null, null, null, null, null, null);
    }

    /**
     * A {@code music} message.
     *
     * @param openid the recipient; not blank
     * @param music the payload; not null
     * @return the message
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank or {@code music} is null
     */
    public static KfMessage music(String openid, Music music) {
        return new KfMessage(openid, "music", null, null, null, null, music, null, null, null, null, null, null);
    }

    /**
     * A {@code news} message: one external article card (WeChat shows one article).
     *
     * @param openid the recipient; not blank
     * @param article the card; not null
     * @return the message
     * @throws IllegalArgumentException if {@code openid} is blank
     * @throws NullPointerException if {@code openid} or {@code article} is null
     */
    public static KfMessage news(String openid, Article article) {
        return new KfMessage(openid, "news", null, null, null, null, null, new News(List.of(article)), null, null, null,
                null, null);
    }

    /**
     * An {@code mpnews} message of the news material (or draft) {@code mediaId}.
     *
     * @param openid the recipient; not blank
     * @param mediaId the {@code media_id} of the news material or draft; not blank
     * @return the message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static KfMessage mpNews(String openid, String mediaId) {
        return new KfMessage(openid, "mpnews", null, null, null, null, null, null, new Media(mediaId), null, null, null,
                null);
    }

    /**
     * An {@code mpnewsarticle} message of the published article {@code articleId}.
     *
     * @param openid the recipient; not blank
     * @param articleId the {@code article_id} from {@code mp.freepublish()}; not blank
     * @return the message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static KfMessage mpNewsArticle(String openid, String articleId) {
        return new KfMessage(openid, "mpnewsarticle", null, null, null, null, null, null, null, new ArticleRef(articleId),
                null, null, null);
    }

    /**
     * A {@code msgmenu} message: a question with tappable answers.
     *
     * @param openid the recipient; not blank
     * @param menu the question and its answers; not null
     * @return the message
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank or {@code menu} is null
     */
    public static KfMessage menu(String openid, MsgMenu menu) {
        return new KfMessage(openid, "msgmenu", null, null, null, null, null, null, null, null, menu, null, null);
    }

    /**
     * A {@code miniprogrampage} message: a mini program card.
     *
     * @param openid the recipient; not blank
     * @param page the card; not null
     * @return the message
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank or {@code page} is null
     */
    public static KfMessage miniProgramPage(String openid, MiniProgramPage page) {
        return new KfMessage(openid, "miniprogrampage", null, null, null, null, null, null, null, null, null, page, null);
    }

    /**
     * This message sent as the customer-service account {@code kfAccount} ({@code prefix@account}).
     *
     * @param kfAccount the account ({@code customservice.kf_account}); not blank
     * @return a copy with {@code customservice} set
     * @throws NullPointerException if {@code kfAccount} is null
     * @throws IllegalArgumentException if {@code kfAccount} is blank
     */
    public KfMessage asKfAccount(String kfAccount) {
        return new KfMessage(toUser, msgType, text, image, voice, video, music, news, mpNews, mpNewsArticle, menu,
                miniProgramPage, new CustomService(kfAccount));
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

    /** @param mediaId the media id */
    public record Media(@JsonProperty("media_id") String mediaId) {
        /**
         * @param mediaId the media id
         * @throws IllegalArgumentException if the media id is blank
         */
        public Media {
            Checks.requireText(mediaId, "media_id");
        }
    }

    /** @param articleId the published article id */
    public record ArticleRef(@JsonProperty("article_id") String articleId) {
        /**
         * @param articleId the published article id
         * @throws IllegalArgumentException if the article id is blank
         */
        public ArticleRef {
            Checks.requireText(articleId, "article_id");
        }
    }

    /**
     * A {@code video} payload.
     *
     * @param mediaId the uploaded video
     * @param thumbMediaId the uploaded thumbnail
     * @param title the title, or null
     * @param description the description, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Video(@JsonProperty("media_id") String mediaId, @JsonProperty("thumb_media_id") String thumbMediaId,
            @JsonProperty("title") String title, @JsonProperty("description") String description) {
        /**
         * @param mediaId the uploaded video
         * @param thumbMediaId the uploaded thumbnail
         * @param title the title, or null
         * @param description the description, or null
         * @throws IllegalArgumentException if a media id is blank
         */
        public Video {
            Checks.requireText(mediaId, "video.media_id");
            Checks.requireText(thumbMediaId, "video.thumb_media_id");
        }
    }

    /**
     * A {@code music} payload.
     *
     * @param title the title, or null
     * @param description the description, or null
     * @param musicUrl the music link
     * @param hqMusicUrl the high-quality link (used on Wi-Fi)
     * @param thumbMediaId the uploaded thumbnail
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Music(@JsonProperty("title") String title, @JsonProperty("description") String description,
            @JsonProperty("musicurl") String musicUrl, @JsonProperty("hqmusicurl") String hqMusicUrl,
            @JsonProperty("thumb_media_id") String thumbMediaId) {
        /**
         * @param title the title, or null
         * @param description the description, or null
         * @param musicUrl the music link
         * @param hqMusicUrl the high-quality link (used on Wi-Fi)
         * @param thumbMediaId the uploaded thumbnail
         * @throws IllegalArgumentException if the links or the thumbnail are blank
         */
        public Music {
            Checks.requireText(musicUrl, "music.musicurl");
            Checks.requireText(hqMusicUrl, "music.hqmusicurl");
            Checks.requireText(thumbMediaId, "music.thumb_media_id");
        }
    }

    /** @param articles the articles (WeChat shows one) */
    public record News(@JsonProperty("articles") List<Article> articles) {
        /**
         * @param articles the articles (WeChat shows one)
         * @throws IllegalArgumentException unless there is exactly one article
         */
        public News {
            articles = List.copyOf(Checks.requireSize(articles, "news.articles", 1, 1));
        }
    }

    /**
     * An external article card of a {@code news} message.
     *
     * @param title the title
     * @param description the summary, or null
     * @param url the page opened on tap
     * @param picUrl the cover image link, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Article(@JsonProperty("title") String title, @JsonProperty("description") String description,
            @JsonProperty("url") String url, @JsonProperty("picurl") String picUrl) {
        /**
         * @param title the title
         * @param description the summary, or null
         * @param url the page opened on tap
         * @param picUrl the cover image link, or null
         * @throws IllegalArgumentException if the title or url is blank
         */
        public Article {
            Checks.requireText(title, "article.title");
            Checks.requireText(url, "article.url");
        }
    }

    /**
     * A {@code msgmenu} payload: WeChat pushes the tapped item's id back as a text message.
     *
     * @param headContent the text above the items
     * @param items the tappable items
     * @param tailContent the text below the items
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MsgMenu(@JsonProperty("head_content") String headContent, @JsonProperty("list") List<MenuItem> items,
            @JsonProperty("tail_content") String tailContent) {
        /**
         * @param headContent the text above the items
         * @param items the tappable items
         * @param tailContent the text below the items
         * @throws IllegalArgumentException if there are no items
         */
        public MsgMenu {
            items = List.copyOf(Checks.requireSize(items, "msgmenu.list", 1, Integer.MAX_VALUE));
        }
    }

    /**
     * One item of a {@code msgmenu}.
     *
     * @param id the id echoed back when tapped
     * @param content the label
     */
    public record MenuItem(@JsonProperty("id") String id, @JsonProperty("content") String content) {
        /**
         * @param id the id echoed back when tapped
         * @param content the label
         * @throws IllegalArgumentException if a field is blank
         */
        public MenuItem {
            Checks.requireText(id, "msgmenu.list.id");
            Checks.requireText(content, "msgmenu.list.content");
        }
    }

    /**
     * A {@code miniprogrampage} payload.
     *
     * @param title the card title
     * @param appId the mini program (bound to the account)
     * @param pagePath the page opened
     * @param thumbMediaId the uploaded cover image
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MiniProgramPage(@JsonProperty("title") String title, @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath, @JsonProperty("thumb_media_id") String thumbMediaId) {
        /**
         * @param title the card title
         * @param appId the mini program (bound to the account)
         * @param pagePath the page opened
         * @param thumbMediaId the uploaded cover image
         * @throws IllegalArgumentException if a required field is blank
         */
        public MiniProgramPage {
            Checks.requireText(appId, "miniprogrampage.appid");
            Checks.requireText(pagePath, "miniprogrampage.pagepath");
            Checks.requireText(thumbMediaId, "miniprogrampage.thumb_media_id");
        }
    }

    /** @param kfAccount the customer-service account, {@code prefix@account} */
    public record CustomService(@JsonProperty("kf_account") String kfAccount) {
        /**
         * @param kfAccount the customer-service account, {@code prefix@account}
         * @throws IllegalArgumentException if the account is blank
         */
        public CustomService {
            Checks.requireText(kfAccount, "customservice.kf_account");
        }
    }
}
