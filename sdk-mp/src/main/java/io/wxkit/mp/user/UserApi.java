package io.wxkit.mp.user;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.Chunks;
import io.wxkit.mp.internal.CursorIterator;
import io.wxkit.mp.internal.MpCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user management APIs (用户管理) of one Official Account: user info (one or in batches),
 * the follower list, remarks and the blacklist.
 *
 * <pre>{@code
 * UserInfo u = mp.users().get(openid);
 * for (String openid : mp.users().followers()) { ... }   // pages of 10,000, fetched lazily
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.users()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} on an errcode (e.g. 40003 invalid openid) or when
 * WeChat cannot be reached. Calls that split a list into several WeChat calls are not atomic: when
 * one fails, the earlier ones have taken effect.
 */
public final class UserApi {
    static final int BATCH_INFO_MAX = 100;
    static final int BLACKLIST_MAX = 20;

    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.users()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public UserApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * The user's info in Simplified Chinese: {@code GET cgi-bin/user/info}.
     *
     * @param openid the user; not blank
     * @return the user's info; only openid (and unionid) when the user does not follow the account
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank
     */
    public UserInfo get(String openid) {
        return get(openid, Lang.ZH_CN);
    }

    /**
     * The user's info with region names in {@code lang}: {@code GET cgi-bin/user/info}.
     *
     * @param openid the user; not blank
     * @param lang the language of region names; not null
     * @return the user's info; only openid (and unionid) when the user does not follow the account
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code openid} is blank
     */
    public UserInfo get(String openid, Lang lang) {
        Checks.requireText(openid, "openid");
        return context.call(ApiRequest.get("cgi-bin/user/info").query("openid", openid)
                .query("lang", lang.code()), UserInfo.class);
    }

    /**
     * The info of every user in {@code openids}, in order: {@code POST cgi-bin/user/info/batchget},
     * one call per 100 openids.
     *
     * @param openids the users, any number (empty answers an empty list without a call)
     * @param lang the language of region names, for every user; not null
     * @return one info per openid ({@code user_info_list}), in the order WeChat answers each chunk
     * @throws NullPointerException if an argument or an openid is null
     * @throws IllegalArgumentException if an openid is blank
     */
    public List<UserInfo> batchGet(List<String> openids, Lang lang) {
        Objects.requireNonNull(lang, "lang");
        List<UserInfo> out = new ArrayList<>(openids.size());
        if (openids.isEmpty()) {
            return List.of();
        }
        for (List<String> chunk : Chunks.of(openids, 1, BATCH_INFO_MAX)) {
            List<BatchEntry> entries = chunk.stream()
                    .map(openid -> new BatchEntry(Checks.requireText(openid, "openid"), lang.code())).toList();
            out.addAll(context.list(ApiRequest.post("cgi-bin/user/info/batchget").json(new BatchBody(entries))
                    .asIdempotent(), "user_info_list", UserInfo.class));
        }
        return List.copyOf(out);
    }

    /**
     * Every follower's openid, walked lazily: each iteration starts at the first page
     * ({@code GET cgi-bin/user/get}) and fetches the next page of up to 10,000 only when the
     * previous one is used up. Iterators are not thread-safe; a failed page fetch is thrown from
     * {@code hasNext()}.
     *
     * @return an iterable of openids; each {@code iterator()} starts again from the first page
     */
    public Iterable<String> followers() {
        return () -> new CursorIterator<>("", this::followersPage, OpenidPage::openids, OpenidPage::nextOpenid);
    }

    /**
     * One page of followers after {@code nextOpenid} (empty for the first page): {@code GET cgi-bin/user/get}.
     *
     * @param nextOpenid the {@code next_openid} of the previous page, {@code ""} for the first page
     * @return up to 10,000 openids, the {@code total} of followers, and the {@code next_openid}
     * @throws NullPointerException if {@code nextOpenid} is null
     */
    public OpenidPage followersPage(String nextOpenid) {
        Objects.requireNonNull(nextOpenid, "nextOpenid");
        ApiRequest request = ApiRequest.get("cgi-bin/user/get");
        return context.call(nextOpenid.isEmpty() ? request : request.query("next_openid", nextOpenid), OpenidPage.class);
    }

    /**
     * Sets the remark the account shows for a follower: {@code POST cgi-bin/user/info/updateremark}.
     *
     * @param openid the follower; not blank
     * @param remark fewer than 30 characters; empty clears it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code openid} is blank or {@code remark} has 30 characters or more
     */
    public void remark(String openid, String remark) {
        Checks.requireText(openid, "openid");
        Objects.requireNonNull(remark, "remark");
        if (remark.codePointCount(0, remark.length()) >= 30) {
            throw new IllegalArgumentException("remark must be shorter than 30 characters");
        }
        context.execute(ApiRequest.post("cgi-bin/user/info/updateremark")
                .json(Map.of("openid", openid, "remark", remark)).asIdempotent());
    }

    /**
     * Every blacklisted openid, walked lazily like {@link #followers()}: {@code tags/members/getblacklist}.
     *
     * @return an iterable of openids; each {@code iterator()} starts again from the first page
     */
    public Iterable<String> blacklist() {
        return () -> new CursorIterator<>("", this::blacklistPage, OpenidPage::openids, OpenidPage::nextOpenid);
    }

    /**
     * One page of the blacklist from {@code beginOpenid} (empty for the first): {@code POST cgi-bin/tags/members/getblacklist}.
     *
     * @param beginOpenid the {@code next_openid} of the previous page, {@code ""} for the first page
     * @return up to 10,000 openids, the blacklist's {@code total}, and the {@code next_openid}
     * @throws NullPointerException if {@code beginOpenid} is null
     */
    public OpenidPage blacklistPage(String beginOpenid) {
        Objects.requireNonNull(beginOpenid, "beginOpenid");
        return context.call(ApiRequest.post("cgi-bin/tags/members/getblacklist")
                .json(Map.of("begin_openid", beginOpenid)).asIdempotent(), OpenidPage.class);
    }

    /**
     * Blacklists {@code openids}: {@code POST cgi-bin/tags/members/batchblacklist}, 20 per call.
     *
     * @param openids 1 or more followers; split into calls of at most 20
     * @throws NullPointerException if {@code openids} or one of them is null
     * @throws IllegalArgumentException if {@code openids} is empty or one of them is blank
     */
    public void block(List<String> openids) {
        forChunks("cgi-bin/tags/members/batchblacklist", openids);
    }

    /**
     * Removes {@code openids} from the blacklist: {@code POST cgi-bin/tags/members/batchunblacklist}, 20 per call.
     *
     * @param openids 1 or more followers; split into calls of at most 20
     * @throws NullPointerException if {@code openids} or one of them is null
     * @throws IllegalArgumentException if {@code openids} is empty or one of them is blank
     */
    public void unblock(List<String> openids) {
        forChunks("cgi-bin/tags/members/batchunblacklist", openids);
    }

    private void forChunks(String path, List<String> openids) {
        openids.forEach(openid -> Checks.requireText(openid, "openid"));
        for (List<String> chunk : Chunks.of(openids, 1, BLACKLIST_MAX)) {
            context.execute(ApiRequest.post(path).json(Map.of("openid_list", chunk)).asIdempotent());
        }
    }

    record BatchEntry(@JsonProperty("openid") String openid, @JsonProperty("lang") String lang) {
    }

    record BatchBody(@JsonProperty("user_list") List<BatchEntry> userList) {
    }
}
