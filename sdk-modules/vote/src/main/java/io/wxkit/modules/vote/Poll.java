package io.wxkit.modules.vote;

import java.time.Instant;
import java.util.List;

/**
 * A stored poll (投票).
 *
 * @param id             the poll id
 * @param title          the title
 * @param description    the description, or {@code null}
 * @param coverUrl       the cover image URL, or {@code null}
 * @param options        the options, in display order
 * @param minChoices     the fewest options a ballot must choose (1 for single choice)
 * @param maxChoices     the most options a ballot may choose (1 for single choice)
 * @param opensAt        when voting opens
 * @param closesAt       when voting closes (moved to the closing time when staff close it early)
 * @param results        who may see the totals
 * @param followRequired whether only followers of the account may vote
 * @param limit          how often one openid may vote
 * @param perOptionLimit how often one openid may choose the same option over the whole poll ({@code 0}: no limit)
 * @param ballots        the number of ballots cast so far
 */
public record Poll(long id, String title, String description, String coverUrl, List<PollOption> options,
                   int minChoices, int maxChoices, Instant opensAt, Instant closesAt, ResultsVisibility results,
                   boolean followRequired, VoteLimit limit, int perOptionLimit, long ballots) {
    /**
     * Copies the options.
     *
     * @param id the poll id
     * @param title the title
     * @param description the description, or {@code null}
     * @param coverUrl the cover image URL, or {@code null}
     * @param options the options, in display order
     * @param minChoices the fewest options a ballot must choose (1 for single choice)
     * @param maxChoices the most options a ballot may choose (1 for single choice)
     * @param opensAt when voting opens
     * @param closesAt when voting closes (moved to the closing time when staff close it early)
     * @param results who may see the totals
     * @param followRequired whether only followers of the account may vote
     * @param limit how often one openid may vote
     * @param perOptionLimit how often one openid may choose the same option over the whole poll ({@code 0}: no limit)
     * @param ballots the number of ballots cast so far
     */
    public Poll {
        options = List.copyOf(options);
    }

    /**
     * Whether ballots are accepted at {@code now}.
     *
     * @param now the instant to check, e.g. the context clock's
     * @return true if {@code opensAt <= now < closesAt}
     */
    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /**
     * The QR scene of this poll ({@code vote:<id>}) that the follow-to-vote callback rules recognise.
     *
     * @return {@code vote:} followed by the poll's id
     */
    public String qrScene() {
        return VoteCallbacks.SCENE_PREFIX + id;
    }
}
