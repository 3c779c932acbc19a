package io.wxkit.mp.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of openids, as WeChat pages followers ({@code user/get}), users of a tag
 * ({@code user/tag/get}) and the blacklist ({@code tags/members/getblacklist}).
 *
 * @param total how many openids the whole list holds (0 where WeChat does not say)
 * @param openids the openids of this page, at most 10,000
 * @param nextOpenid the cursor for the next page; empty when WeChat gave none
 */
public record OpenidPage(long total, List<String> openids, String nextOpenid) {

    /**
     * Copies the list; missing values become empty.
     *
     * @param total how many openids the whole list holds (0 where WeChat does not say)
     * @param openids the openids of this page, at most 10,000
     * @param nextOpenid the cursor for the next page; empty when WeChat gave none
     */
    public OpenidPage {
        openids = openids == null ? List.of() : List.copyOf(openids);
        nextOpenid = nextOpenid == null ? "" : nextOpenid;
    }

    @JsonCreator
    static OpenidPage fromWire(@JsonProperty("total") long total, @JsonProperty("data") Data data,
            @JsonProperty("next_openid") String nextOpenid) {
        return new OpenidPage(total, data == null ? List.of() : data.openid(), nextOpenid);
    }

    /**
     * Whether WeChat may have more openids after this page.
     *
     * @return true if this page has openids and a {@code next_openid}; the next page may still be empty
     */
    @JsonIgnore
    public boolean hasMore() {
        return !openids.isEmpty() && !nextOpenid.isEmpty();
    }

    record Data(@JsonProperty("openid") List<String> openid) {
    }
}
