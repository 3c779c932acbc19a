package io.wxkit.mp.tag;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.Chunks;
import io.wxkit.mp.internal.CursorIterator;
import io.wxkit.mp.internal.MpCalls;
import io.wxkit.mp.user.OpenidPage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user tag APIs (用户标签管理) of one Official Account: create, list, rename and delete tags,
 * tag and untag followers, and list a follower's tags or a tag's followers.
 *
 * <pre>{@code
 * Tag vip = mp.tags().create("VIP");
 * mp.tags().tagUsers(vip.id(), List.of(openid1, openid2));
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.tags()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} on an errcode (e.g. 45157 duplicate name, 45056 too
 * many tags, 45059 a user has 20 tags) or when WeChat cannot be reached. Tagging more than 50
 * openids makes one call per 50 and is not atomic.
 */
public final class TagApi {
    static final int MAX_NAME_CHARS = 30;
    static final int BATCH_MAX = 50;

    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.tags()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public TagApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Creates a tag named {@code name} (at most 30 characters): {@code POST cgi-bin/tags/create}.
     *
     * @param name 1..30 characters, unique in the account
     * @return the new tag with its {@code id}; its count is 0
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or longer than 30 characters
     */
    public Tag create(String name) {
        Checks.requireChars(name, "tag name", MAX_NAME_CHARS);
        TagBody reply = context.call(ApiRequest.post("cgi-bin/tags/create").json(new TagBody(new TagRef(null, name))),
                TagBody.class);
        if (reply.tag() == null || reply.tag().id() == null) {
            throw io.wxkit.core.http.WxApiException.unusable("answer has no tag", "POST /cgi-bin/tags/create");
        }
        return new Tag(reply.tag().id(), reply.tag().name(), 0);
    }

    /**
     * Every tag of the account with its follower count: {@code GET cgi-bin/tags/get}.
     *
     * @return the tags ({@code tags}), each with {@code id}, {@code name} and follower {@code count}
     */
    public List<Tag> list() {
        return context.list(ApiRequest.get("cgi-bin/tags/get"), "tags", Tag.class);
    }

    /**
     * Renames tag {@code tagId}: {@code POST cgi-bin/tags/update}.
     *
     * @param tagId the tag's {@code id}
     * @param name the new name, 1..30 characters
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or longer than 30 characters
     */
    public void update(long tagId, String name) {
        Checks.requireChars(name, "tag name", MAX_NAME_CHARS);
        context.execute(ApiRequest.post("cgi-bin/tags/update").json(new TagBody(new TagRef(tagId, name))).asIdempotent());
    }

    /**
     * Deletes tag {@code tagId} (and removes it from its followers): {@code POST cgi-bin/tags/delete}.
     *
     * @param tagId the tag's {@code id}
     */
    public void delete(long tagId) {
        context.execute(ApiRequest.post("cgi-bin/tags/delete").json(new TagBody(new TagRef(tagId, null))).asIdempotent());
    }

    /**
     * Tags {@code openids} with {@code tagId}: {@code POST cgi-bin/tags/members/batchtagging}, 50 per call.
     *
     * @param tagId the tag's {@code id}
     * @param openids 1 or more followers; split into calls of at most 50
     * @throws NullPointerException if {@code openids} or one of them is null
     * @throws IllegalArgumentException if {@code openids} is empty or one of them is blank
     */
    public void tagUsers(long tagId, List<String> openids) {
        batch("cgi-bin/tags/members/batchtagging", tagId, openids);
    }

    /**
     * Removes {@code tagId} from {@code openids}: {@code POST cgi-bin/tags/members/batchuntagging}, 50 per call.
     *
     * @param tagId the tag's {@code id}
     * @param openids 1 or more followers; split into calls of at most 50
     * @throws NullPointerException if {@code openids} or one of them is null
     * @throws IllegalArgumentException if {@code openids} is empty or one of them is blank
     */
    public void untagUsers(long tagId, List<String> openids) {
        batch("cgi-bin/tags/members/batchuntagging", tagId, openids);
    }

    /**
     * The tag ids of follower {@code openid}: {@code POST cgi-bin/tags/getidlist}.
     *
     * @param openid the follower; not blank
     * @return the ids of the tags the follower carries ({@code tagid_list})
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank
     */
    public List<Long> tagsOf(String openid) {
        Checks.requireText(openid, "openid");
        return context.list(ApiRequest.post("cgi-bin/tags/getidlist").json(Map.of("openid", openid)).asIdempotent(),
                "tagid_list", Long.class);
    }

    /**
     * Every follower carrying {@code tagId}, walked lazily page by page: {@code POST cgi-bin/user/tag/get}.
     *
     * @param tagId the tag's {@code id}
     * @return an iterable whose each iterator walks the pages from the start with {@link #usersPage}
     */
    public Iterable<String> users(long tagId) {
        return () -> new CursorIterator<>("", next -> usersPage(tagId, next), OpenidPage::openids,
                OpenidPage::nextOpenid);
    }

    /**
     * One page (up to 10,000) of followers carrying {@code tagId} after {@code nextOpenid}: {@code POST cgi-bin/user/tag/get}.
     *
     * @param tagId the tag's {@code id}
     * @param nextOpenid the {@code next_openid} of the previous page, {@code ""} for the first page
     * @return up to 10,000 openids and the {@code next_openid} to pass for the following page
     * @throws NullPointerException if {@code nextOpenid} is null
     */
    public OpenidPage usersPage(long tagId, String nextOpenid) {
        Objects.requireNonNull(nextOpenid, "nextOpenid");
        return context.call(ApiRequest.post("cgi-bin/user/tag/get")
                .json(new UsersOfTagBody(tagId, nextOpenid)).asIdempotent(), OpenidPage.class);
    }

    private void batch(String path, long tagId, List<String> openids) {
        openids.forEach(openid -> Checks.requireText(openid, "openid"));
        for (List<String> chunk : Chunks.of(openids, 1, BATCH_MAX)) {
            context.execute(ApiRequest.post(path).json(new BatchBody(chunk, tagId)).asIdempotent());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TagRef(@JsonProperty("id") Long id, @JsonProperty("name") String name) {
    }

    record TagBody(@JsonProperty("tag") TagRef tag) {
    }

    record BatchBody(@JsonProperty("openid_list") List<String> openids, @JsonProperty("tagid") long tagId) {
    }

    record UsersOfTagBody(@JsonProperty("tagid") long tagId, @JsonProperty("next_openid") String nextOpenid) {
    }
}
