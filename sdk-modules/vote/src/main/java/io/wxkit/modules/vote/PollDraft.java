package io.wxkit.modules.vote;

import io.wxkit.modules.common.ModuleException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A poll to create. Defaults: single choice, once per openid, results always visible, open voting (no
 * follow required), no per-option limit.
 *
 * <pre>{@code
 * PollDraft draft = PollDraft.titled("Best dish", opensAt, closesAt)
 *     .option("Dumplings").option("Noodles", "https://example.com/noodles.jpg")
 *     .multipleChoice(1, 2).limit(VoteLimit.perDay(3)).followRequired(true);
 * }</pre>
 *
 * <p>Not thread-safe: build it on one thread.
 */
public final class PollDraft {
    static final int MAX_OPTIONS = 200;
    static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    final String title;
    final Instant opensAt;
    final Instant closesAt;
    final List<PollOption> options = new ArrayList<>();
    String description;
    String coverUrl;
    int minChoices = 1;
    int maxChoices = 1;
    ResultsVisibility results = ResultsVisibility.ALWAYS;
    boolean followRequired;
    VoteLimit limit = VoteLimit.once();
    int perOptionLimit;

    private PollDraft(String title, Instant opensAt, Instant closesAt) {
        this.title = text("title", title, 200);
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new ModuleException(VoteError.INVALID_POLL, "the poll must close after it opens");
        }
    }

    /**
     * A poll titled {@code title} open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive).
     *
     * @param title 1-200 characters, not blank
     * @param opensAt the first instant ballots are accepted; not null
     * @param closesAt the first instant ballots are refused; after {@code opensAt}
     * @return a draft with the defaults above and no options yet
     * @throws ModuleException {@code INVALID_POLL} if the title is empty or over 200 characters, or the window is empty
     * @throws NullPointerException if {@code opensAt} or {@code closesAt} is null
     */
    public static PollDraft titled(String title, Instant opensAt, Instant closesAt) {
        return new PollDraft(title, opensAt, closesAt);
    }

    /**
     * Adds a text option.
     *
     * @param text 1-200 characters, not blank
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} if the text is invalid or there are already 200 options
     */
    public PollDraft option(String text) {
        return option(text, null);
    }

    /**
     * Adds an option with an image.
     *
     * @param text 1-200 characters, not blank
     * @param imageUrl an {@code http(s)} URL without spaces, quotes or angle brackets, or {@code null} for none
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} if the text or URL is invalid or there are already 200 options
     */
    public PollDraft option(String text, String imageUrl) {
        if (options.size() == MAX_OPTIONS) {
            throw new ModuleException(VoteError.INVALID_POLL, "a poll has at most " + MAX_OPTIONS + " options");
        }
        options.add(new PollOption(0, text("option", text, 200), url("option image", imageUrl)));
        return this;
    }

    /**
     * The description (at most 4000 characters).
     *
     * @param description 1-4000 characters, not blank, or {@code null} for none
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} if the description is blank or too long
     */
    public PollDraft description(String description) {
        this.description = description == null ? null : text("description", description, 4000);
        return this;
    }

    /**
     * The cover image URL.
     *
     * @param url an {@code http(s)} URL without spaces, quotes or angle brackets, or {@code null} for none
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} if {@code url} is malformed
     */
    public PollDraft cover(String url) {
        this.coverUrl = url("cover", url);
        return this;
    }

    /**
     * Multiple choice: each ballot picks {@code min} to {@code max} distinct options.
     *
     * @param min the fewest options per ballot, at least 1
     * @param max the most options per ballot, at least {@code min} and at most the number of options
     *     (checked by {@link Polls#create})
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} unless {@code 1 <= min <= max}
     */
    public PollDraft multipleChoice(int min, int max) {
        if (min < 1 || max < min) {
            throw new ModuleException(VoteError.INVALID_POLL, "multiple choice needs 1 <= min <= max");
        }
        this.minChoices = min;
        this.maxChoices = max;
        return this;
    }

    /**
     * Who sees the totals before the poll closes.
     *
     * @param visibility the rule; not null
     * @return this draft
     * @throws NullPointerException if {@code visibility} is null
     */
    public PollDraft results(ResultsVisibility visibility) {
        this.results = Objects.requireNonNull(visibility, "visibility");
        return this;
    }

    /**
     * Whether only followers of the account may vote (the seed's follow-to-vote).
     *
     * @param required true to refuse non-followers with {@code NOT_FOLLOWER}
     * @return this draft
     */
    public PollDraft followRequired(boolean required) {
        this.followRequired = required;
        return this;
    }

    /**
     * How often one openid may vote.
     *
     * @param limit the limit; not null
     * @return this draft
     * @throws NullPointerException if {@code limit} is null
     */
    public PollDraft limit(VoteLimit limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * How often one openid may choose the same option over the whole poll ({@code 0}: no limit).
     *
     * @param times 0..10000
     * @return this draft
     * @throws ModuleException {@code INVALID_POLL} if {@code times} is outside 0..10000
     */
    public PollDraft perOptionLimit(int times) {
        if (times < 0 || times > 10_000) {
            throw new ModuleException(VoteError.INVALID_POLL, "the per-option limit must be 0-10000");
        }
        this.perOptionLimit = times;
        return this;
    }

    void validate() {
        if (options.size() < 2) {
            throw new ModuleException(VoteError.INVALID_POLL, "a poll needs at least 2 options");
        }
        if (maxChoices > options.size()) {
            throw new ModuleException(VoteError.INVALID_POLL, "max choices exceed the number of options");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ModuleException(VoteError.INVALID_POLL, field + " must be 1-" + max + " characters");
        }
        return value;
    }

    private static String url(String field, String value) {
        if (value != null && (value.length() > 1000 || !URL.matcher(value).matches())) {
            throw new ModuleException(VoteError.INVALID_POLL, field + " must be an http(s) URL of at most 1000 characters");
        }
        return value;
    }
}
