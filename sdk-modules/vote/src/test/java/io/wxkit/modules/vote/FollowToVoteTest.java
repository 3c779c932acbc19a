package io.wxkit.modules.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.common.testkit.WeChatSide;
import io.wxkit.modules.common.wechat.FollowerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-required polls end to end through a real callback handler: the QR scene leads into the poll, the
 * subscribe/unsubscribe events decide who may vote, and {@code users().get} answers for unseen openids.
 */
class FollowToVoteTest {
    final ModuleTestContext t = new ModuleTestContext("vote_follow");
    final WeChatSide wechat = new WeChatSide();
    final AtomicInteger lookups = new AtomicInteger();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void followRequiredPollFollowsTheCallbackEventsWithUsersGetAsFallback() {
        var base = t.build();
        FollowerRegistry followers = FollowerRegistry.create(base, openid -> {
            lookups.incrementAndGet();
            return openid.equals("oOldFollower");
        });
        VoteModule vote = VoteModule.create(t.builder().followers(followers).build());
        Poll poll = vote.polls().create(PollDraft.titled("Follow to vote", ModuleTestContext.START,
                ModuleTestContext.START.plus(Duration.ofDays(1))).option("A").option("B").followRequired(true));
        long a = poll.options().get(0).id();

        WxMp mp = WeChatSide.mp();
        CallbackBuilder builder = mp.callback();
        followers.rules().forEach(builder::rule);
        VoteCallbacks.followToVote(vote, p -> p.title() + " https://example.com/vote/" + p.id()).forEach(builder::rule);
        CallbackHandler handler = builder.build();

        // a new user scans the poll's code: the subscribe is recorded and the reply leads into the poll
        String reply = handler.handle(wechat.subscribe("oNewFan", poll.qrScene(), t.clock.instant())).body();
        assertThat(reply).contains("Follow to vote https://example.com/vote/" + poll.id()).contains("oNewFan");
        vote.ballots().cast(poll.id(), Participant.of("oNewFan"), null, List.of(a));

        // an existing follower scans again: scan event, same reply
        assertThat(handler.handle(wechat.scan("oNewFan", poll.qrScene(), t.clock.instant())).body())
                .contains("https://example.com/vote/" + poll.id());

        // unknown openids are looked up once, then answered from the database
        vote.ballots().cast(poll.id(), Participant.of("oOldFollower"), null, List.of(a));
        assertThatThrownBy(() -> vote.ballots().cast(poll.id(), Participant.of("oStranger"), null, List.of(a)))
                .isInstanceOf(ModuleException.class).hasMessageStartingWith("NOT_FOLLOWER");
        assertThatThrownBy(() -> vote.ballots().cast(poll.id(), Participant.of("oStranger"), null, List.of(a)))
                .hasMessageStartingWith("NOT_FOLLOWER");
        assertThat(lookups).hasValue(2);

        // unfollowing closes the poll to that user; a late, older subscribe cannot undo it
        handler.handle(wechat.unsubscribe("oLeaver", t.clock.instant()));
        handler.handle(wechat.subscribe("oLeaver", null, t.clock.instant().minusSeconds(30)));
        assertThatThrownBy(() -> vote.ballots().cast(poll.id(), Participant.of("oLeaver"), null, List.of(a)))
                .hasMessageStartingWith("NOT_FOLLOWER");
        assertThat(lookups).hasValue(2);

        // scenes of unknown polls get no reply from the vote rules
        assertThat(handler.handle(wechat.scan("oNewFan", "vote:999999", t.clock.instant())).body()).isEqualTo("success");
        assertThat(vote.polls().resultsForStaff(poll.id()).ballots()).isEqualTo(2);
    }

    @Test
    void followRequiredWithoutAFollowerCheckRefusesInsteadOfGuessing() {
        VoteModule vote = VoteModule.create(t.build());
        Poll poll = vote.polls().create(PollDraft.titled("F", ModuleTestContext.START, ModuleTestContext.START.plusSeconds(60))
                .option("A").option("B").followRequired(true));
        assertThatThrownBy(() -> vote.ballots().cast(poll.id(), Participant.of("oAnn"), null, List.of(poll.options().get(0).id())))
                .hasMessageStartingWith("FOLLOWER_CHECK_UNAVAILABLE");

        VoteModule failing = VoteModule.create(t.builder().followers(openid -> {
            throw new IllegalStateException("WeChat down");
        }).build());
        assertThatThrownBy(() -> failing.ballots().cast(poll.id(), Participant.of("oAnn"), null, List.of(poll.options().get(0).id())))
                .hasMessageStartingWith("FOLLOWER_CHECK_UNAVAILABLE");
    }
}
