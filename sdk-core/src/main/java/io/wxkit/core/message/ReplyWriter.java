package io.wxkit.core.message;

import io.wxkit.core.internal.message.ReplyOut;
import io.wxkit.core.internal.message.XmlText;

/** Writes a {@link Reply} as WeChat's passive-reply XML, into a {@code StringBuilder} or as UTF-8 ({@link ReplyOut}). */
final class ReplyWriter {
    private ReplyWriter() {
    }

    static String write(Reply reply, long createTime) {
        ReplyOut.Chars chars = new ReplyOut.Chars(256);
        write(reply, createTime, chars);
        return chars.string();
    }

    /** Writes the reply's XML to {@code b}: the same text whichever output it goes to. */
    static void write(Reply reply, long createTime, ReplyOut b) {
        b.append("<xml><ToUserName>");
        XmlText.cdata(b, reply.toUser());
        b.append("</ToUserName><FromUserName>");
        XmlText.cdata(b, reply.fromUser());
        b.append("</FromUserName><CreateTime>").append(createTime).append("</CreateTime><MsgType>");
        XmlText.cdata(b, reply.msgType());
        b.append("</MsgType>");
        body(b, reply);
        b.append("</xml>");
    }

    private static void body(ReplyOut b, Reply reply) {
        if (reply instanceof TextReply r) {
            element(b, "Content", r.content());
        } else if (reply instanceof ImageReply r) {
            b.append("<Image>");
            element(b, "MediaId", r.mediaId());
            b.append("</Image>");
        } else if (reply instanceof VoiceReply r) {
            b.append("<Voice>");
            element(b, "MediaId", r.mediaId());
            b.append("</Voice>");
        } else if (reply instanceof VideoReply r) {
            b.append("<Video>");
            element(b, "MediaId", r.mediaId());
            element(b, "Title", r.title());
            element(b, "Description", r.description());
            b.append("</Video>");
        } else if (reply instanceof MusicReply r) {
            b.append("<Music>");
            element(b, "Title", r.title());
            element(b, "Description", r.description());
            element(b, "MusicUrl", r.musicUrl());
            element(b, "HQMusicUrl", r.hqMusicUrl());
            element(b, "ThumbMediaId", r.thumbMediaId());
            b.append("</Music>");
        } else if (reply instanceof NewsReply r) {
            news(b, r);
        } else if (reply instanceof TransferCustomerService r && r.kfAccount() != null) {
            b.append("<TransInfo>");
            element(b, "KfAccount", r.kfAccount());
            b.append("</TransInfo>");
        }
    }

    private static void news(ReplyOut b, NewsReply r) {
        b.append("<ArticleCount>").append(r.articles().size()).append("</ArticleCount><Articles>");
        for (Article a : r.articles()) {
            b.append("<item>");
            element(b, "Title", a.title());
            element(b, "Description", a.description());
            element(b, "PicUrl", a.picUrl());
            element(b, "Url", a.url());
            b.append("</item>");
        }
        b.append("</Articles>");
    }

    /** Writes {@code <name><![CDATA[value]]></name>}; a null value writes nothing. */
    private static void element(ReplyOut b, String name, String value) {
        if (value == null) {
            return;
        }
        b.append("<").append(name).append(">");
        XmlText.cdata(b, value);
        b.append("</").append(name).append(">");
    }
}
