package io.wxkit.examples.admin.users;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.user.Lang;
import io.wxkit.mp.user.OpenidPage;
import io.wxkit.mp.user.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One page of an account's followers, optionally only those with a tag ({@code tags/get} instead of
 * {@code user/get}) and only those whose openid, nickname or remark contains the search text. WeChat has no search:
 * the list is walked in WeChat's order, 100 profiles per {@code user/info/batchget}, until a page of matches is
 * full or {@value #SCAN_LIMIT} followers were read in this request; {@link Result#next()} is the last openid read,
 * from which the next page continues with the same search (WeChat's {@code next_openid}).
 */
final class FollowerSearch {
    static final int PAGE = 100;
    static final int BATCH = 100;
    /** Followers read per request at most (20 batchget calls): a search never holds the page for long. */
    static final int SCAN_LIMIT = 2_000;
    /** WeChat's page of openids: a shorter one is the end of the list (WeChat answers next_openid even then). */
    static final int WECHAT_PAGE = 10_000;

    private FollowerSearch() {
    }

    /**
     * A page of the followers.
     *
     * @param users   the followers to show, at most {@link #PAGE}
     * @param next    the openid to continue after, or "" at the end of the list
     * @param scanned how many followers this request read
     * @param total   the followers (of the tag) WeChat counts
     */
    record Result(List<UserInfo> users, String next, int scanned, long total) {
        Result {
            users = List.copyOf(users);
        }
    }

    /** The page after {@code next} ("" from the start), of {@code tagId} (0: every follower), matching {@code query}. */
    static Result page(WxMp mp, long tagId, String query, String next) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        List<UserInfo> found = new ArrayList<>();
        String cursor = next;
        int scanned = 0;
        long total = 0;
        while (true) {
            OpenidPage list = tagId == 0 ? mp.users().followersPage(cursor) : mp.tags().usersPage(tagId, cursor);
            total = list.total();
            List<String> openids = list.openids();
            for (int i = 0; i < openids.size(); i += BATCH) {
                List<String> batch = openids.subList(i, Math.min(openids.size(), i + BATCH));
                for (UserInfo u : mp.users().batchGet(batch, Lang.ZH_CN)) {
                    scanned++;
                    cursor = u.openid();
                    if (matches(u, needle)) {
                        found.add(u);
                    }
                    if (found.size() == PAGE || scanned == SCAN_LIMIT) {
                        // more may follow: past this batch, or in the rest of WeChat's list
                        boolean more = !u.openid().equals(openids.get(openids.size() - 1)) || isFull(list);
                        return new Result(found, more ? cursor : "", scanned, total);
                    }
                }
            }
            if (!isFull(list)) {
                return new Result(found, "", scanned, total);
            }
            cursor = list.nextOpenid();
        }
    }

    private static boolean isFull(OpenidPage list) {
        return list.openids().size() == WECHAT_PAGE && list.hasMore();
    }

    static boolean matches(UserInfo u, String needle) {
        return needle.isEmpty() || contains(u.openid(), needle) || contains(u.nickname(), needle) || contains(u.remark(), needle);
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }
}
