package io.wxkit.mp.mass;

import io.wxkit.mp.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who a mass send reaches: every follower, the followers with a tag ({@code mass/sendall}), or an
 * explicit openid list ({@code mass/send}, split into calls of 2–10,000 openids).
 *
 * <pre>{@code
 * mp.mass().send(MassTarget.users(openids), MassMessage.text("Doors open at 7pm"));
 * }</pre>
 */
public sealed interface MassTarget {

    /**
     * Every follower of the account.
     *
     * @return the {@code is_to_all} target
     */
    static MassTarget all() {
        return new All();
    }

    /**
     * The followers carrying user tag {@code tagId}.
     *
     * @param tagId the tag's id ({@code tag_id}), from {@code mp.tags()}
     * @return the tag target
     */
    static MassTarget tag(long tagId) {
        return new Tag(tagId);
    }

    /**
     * The followers in {@code openids} (duplicates removed, order kept).
     *
     * @param openids the recipients; not null, none blank
     * @return the list target; {@link MassApi#send} splits it into calls of at most 10,000
     * @throws IllegalArgumentException if fewer than 2 distinct openids are given (WeChat's minimum)
     * @throws NullPointerException if {@code openids} is null
     */
    static MassTarget users(List<String> openids) {
        return new Users(openids);
    }

    /** Every follower. */
    record All() implements MassTarget {
    }

    /** @param tagId the user tag */
    record Tag(long tagId) implements MassTarget {
    }

    /** @param openids the distinct recipients, at least 2 */
    record Users(List<String> openids) implements MassTarget {
        /**
         * @param openids the distinct recipients, at least 2
         * @throws IllegalArgumentException if fewer than 2 distinct openids are given or one is blank
         */
        public Users {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(openids));
            distinct.forEach(openid -> Checks.requireText(openid, "openid"));
            openids = List.copyOf(Checks.requireSize(distinct, "touser", 2, Integer.MAX_VALUE));
        }
    }
}
