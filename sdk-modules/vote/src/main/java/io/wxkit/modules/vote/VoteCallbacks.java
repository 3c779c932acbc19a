package io.wxkit.modules.vote;

import io.wxkit.core.message.Event;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Scan;
import io.wxkit.core.message.Subscribe;
import io.wxkit.mp.callback.Rule;
import io.wxkit.modules.common.ModuleException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The follow-to-vote callback rules: a user who scans a poll's QR code (scene {@code vote:<id>}) gets a
 * text reply leading into the poll — on the subscribe event when the scan made them follow, on the scan
 * event when they already did. Install them after the {@code FollowerRegistry} rules so the follow is
 * recorded first.
 *
 * <pre>{@code
 * VoteCallbacks.followToVote(vote, poll -> poll.title() + ": https://example.com/vote/" + poll.id())
 *     .forEach(builder::rule);
 * }</pre>
 */
public final class VoteCallbacks {
    static final String SCENE_PREFIX = "vote:";

    private VoteCallbacks() {
    }

    /**
     * Rules answering scans of poll QR codes with {@code replyText(poll)}; scenes of unknown polls get no
     * reply from these rules.
     *
     * @param vote the module whose polls the scenes name; not null
     * @param replyText the text answered for a poll; not null
     * @return two rules: one on {@code Subscribe} with a {@code vote:} scene, one on {@code Scan}
     * @throws NullPointerException if an argument is null
     */
    public static List<Rule<?>> followToVote(VoteModule vote, Function<Poll, String> replyText) {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(replyText, "replyText");
        Rule<Subscribe> onFollow = Rule.on(Subscribe.class)
                .when(e -> e.qrScene().filter(s -> s.startsWith(SCENE_PREFIX)).isPresent())
                .reply(e -> answer(vote, replyText, e, e.qrScene().orElseThrow()));
        Rule<Scan> onScan = Rule.on(Scan.class)
                .when(e -> e.eventKey() != null && e.eventKey().startsWith(SCENE_PREFIX))
                .reply(e -> answer(vote, replyText, e, e.eventKey()));
        return List.of(onFollow, onScan);
    }

    private static Reply answer(VoteModule vote, Function<Poll, String> replyText, Event e, String scene) {
        return pollOf(vote, scene).map(p -> (Reply) Reply.text(e, replyText.apply(p))).orElse(null);
    }

    static Optional<Poll> pollOf(VoteModule vote, String scene) {
        long id;
        try {
            id = Long.parseLong(scene.substring(SCENE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(vote.polls().get(id));
        } catch (ModuleException e) {
            if (!e.is(VoteError.POLL_NOT_FOUND)) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
