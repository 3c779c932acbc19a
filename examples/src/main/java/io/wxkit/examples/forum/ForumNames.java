package io.wxkit.examples.forum;

import java.util.Map;

/**
 * How an author shows on the forum pages: the seeded residents by name, everyone else as a WeChat user with the
 * end of their openid (the module stores openids, not nicknames, and the page must not show a whole openid).
 */
final class ForumNames {
    static final String LIHUA = "o_demo_forum_lihua";
    static final String WANGQIANG = "o_demo_forum_wangqiang";
    static final String ZHAOMIN = "o_demo_forum_zhaomin";
    private static final Map<String, String> SEEDED = Map.of(LIHUA, "李华", WANGQIANG, "王强", ZHAOMIN, "赵敏");

    private ForumNames() {
    }

    static String display(String openid) {
        String name = SEEDED.get(openid);
        if (name != null) {
            return name;
        }
        return "微信用户 " + (openid.length() > 4 ? openid.substring(openid.length() - 4) : openid);
    }
}
