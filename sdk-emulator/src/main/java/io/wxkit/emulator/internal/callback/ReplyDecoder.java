package io.wxkit.emulator.internal.callback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a passive-reply XML map into the control API's {@code Reply}: {@code {"msgType","content"|"articles"|
 * "mediaId"|...}}, checking the fields each type needs.
 */
final class ReplyDecoder {
    private ReplyDecoder() {
    }

    /** Thrown for a reply WeChat would not show (missing fields, unknown type). */
    static final class BadReply extends RuntimeException {
        BadReply(String message) {
            super(message, null, false, false);
        }
    }

    static Map<String, Object> decode(Map<String, Object> xml) {
        String type = text(xml, "MsgType");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("msgType", type);
        switch (type) {
            case "text" -> out.put("content", required(xml, "Content", "text"));
            case "image" -> out.put("mediaId", required(nested(xml, "Image"), "MediaId", "image"));
            case "voice" -> out.put("mediaId", required(nested(xml, "Voice"), "MediaId", "voice"));
            case "video" -> {
                Map<String, Object> v = nested(xml, "Video");
                out.put("mediaId", required(v, "MediaId", "video"));
                out.put("title", text(v, "Title"));
                out.put("description", text(v, "Description"));
            }
            case "music" -> {
                Map<String, Object> m = nested(xml, "Music");
                out.put("title", text(m, "Title"));
                out.put("description", text(m, "Description"));
                out.put("musicUrl", text(m, "MusicUrl"));
                out.put("hqMusicUrl", text(m, "HQMusicUrl"));
                out.put("thumbMediaId", required(m, "ThumbMediaId", "music"));
            }
            case "news" -> out.put("articles", articles(xml));
            case "transfer_customer_service" -> {
                Object info = xml.get("TransInfo");
                if (info instanceof Map<?, ?> m && m.get("KfAccount") != null) {
                    out.put("kfAccount", String.valueOf(m.get("KfAccount")));
                }
            }
            case "" -> throw new BadReply("reply has no MsgType");
            default -> throw new BadReply("unknown reply MsgType: " + type);
        }
        return out;
    }

    private static List<Map<String, Object>> articles(Map<String, Object> xml) {
        Object items = xml.get("Articles");
        if (!(items instanceof List<?> list) || list.isEmpty()) {
            throw new BadReply("news reply without Articles/item");
        }
        if (list.size() > 8) {
            throw new BadReply("news reply with more than 8 articles");
        }
        String count = text(xml, "ArticleCount");
        if (!count.equals(Integer.toString(list.size()))) {
            throw new BadReply("ArticleCount " + count + " does not match " + list.size() + " items");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("title", text(item, "Title"));
            a.put("description", text(item, "Description"));
            a.put("picUrl", text(item, "PicUrl"));
            a.put("url", text(item, "Url"));
            out.add(a);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> xml, String name) {
        Object v = xml.get(name);
        if (!(v instanceof Map<?, ?>)) {
            throw new BadReply("reply without <" + name + ">");
        }
        return (Map<String, Object>) v;
    }

    private static String required(Map<String, Object> xml, String name, String type) {
        String v = text(xml, name);
        if (v.isEmpty()) {
            throw new BadReply(type + " reply without " + name);
        }
        return v;
    }

    private static String text(Map<String, Object> xml, String name) {
        Object v = xml.get(name);
        return v instanceof String s ? s : "";
    }
}
