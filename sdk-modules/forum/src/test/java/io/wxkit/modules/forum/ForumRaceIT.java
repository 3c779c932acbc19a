package io.wxkit.modules.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.Race;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The forum's concurrency and pagination claims on H2, PostgreSQL and MariaDB (database {@code wxkit_forum},
 * 25 connections): likes exact under 200 racing threads, reply counters exact, keyset pages without gaps or
 * repeats while new posts arrive, moderation rights and search on each database.
 */
class ForumRaceIT {
    static final int THREADS = 200;
    static final Duration DEADLINE = Duration.ofMinutes(2);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void likesAreOnePerUserAndTheCounterIsExact(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forum", 25)) {
            ForumModule forum = module(ds);
            Board board = forum.boards().create("Race", null, 1);
            ForumThread t = forum.threads().post(board.id(), Participant.of("oAuthor"), null, "t", "b");
            Reply r = forum.replies().post(t.id(), Participant.of("oAuthor"), null, "r", ReplyTo.thread());
            // 50 users, each liking the thread 4 times at once; half of them also like the reply twice
            List<Race.Outcome<Long>> outcomes = Race.run(THREADS, DEADLINE, i -> () ->
                    forum.likes().likeThread(t.id(), Participant.of("oLiker" + (i % 50)), "192.0.2." + (i % 250)));
            assertThat(codes(outcomes)).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 50L, "ALREADY_LIKED", 150L));
            assertThat(forum.threads().find(t.id()).likes()).isEqualTo(50);
            assertThat(outcomes.stream().filter(Race.Outcome::ok).map(Race.Outcome::value).sorted().toList())
                    .as("each winner saw a distinct count").containsExactlyElementsOf(
                            java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
            List<Race.Outcome<Long>> replyLikes = Race.run(50, DEADLINE, i -> () ->
                    forum.likes().likeReply(r.id(), Participant.of("oLiker" + (i % 25)), null));
            assertThat(codes(replyLikes)).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 25L, "ALREADY_LIKED", 25L));
            List<Race.Outcome<Boolean>> unlikes = Race.run(100, DEADLINE, i -> () ->
                    forum.likes().unlikeThread(t.id(), Participant.of("oLiker" + (i % 50))));
            assertThat(unlikes.stream().filter(o -> o.ok() && o.value()).count()).isEqualTo(50);
            assertThat(forum.threads().find(t.id()).likes()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void racingRepliesAreAllCountedOnTheThread(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forum", 25)) {
            ForumModule forum = module(ds);
            Board board = forum.boards().create("Race", null, 1);
            ForumThread t = forum.threads().post(board.id(), Participant.of("oAuthor"), null, "t", "b");
            List<Race.Outcome<Reply>> outcomes = Race.run(THREADS, DEADLINE, i -> () ->
                    forum.replies().post(t.id(), Participant.of("oReplier" + i), null, "reply " + i, ReplyTo.thread()));
            assertThat(codes(outcomes)).containsExactlyEntriesOf(Map.of("OK", (long) THREADS));
            assertThat(forum.threads().find(t.id()).replies()).isEqualTo(THREADS);
            assertThat(walkReplies(forum, t.id(), 100)).hasSize(THREADS).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void replyPagesHaveNoGapsOrRepeatsWhileNewRepliesArrive(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forum", 25)) {
            ForumModule forum = module(ds);
            Board board = forum.boards().create("Pages", null, 1);
            ForumThread t = forum.threads().post(board.id(), Participant.of("oAuthor"), null, "t", "b");
            for (int i = 0; i < 150; i++) {
                forum.replies().post(t.id(), Participant.of("oSeed"), null, "seed " + i, ReplyTo.thread());
            }
            List<Long> before = walkReplies(forum, t.id(), 100);
            // racer 0 pages through 7 at a time while 8 writers post 40 replies each
            List<Race.Outcome<List<Long>>> outcomes = Race.run(9, DEADLINE, i -> () -> {
                if (i == 0) {
                    return walkReplies(forum, t.id(), 7);
                }
                List<Long> mine = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    mine.add(forum.replies().post(t.id(), Participant.of("oWriter" + i), null, "new " + k, ReplyTo.thread()).id());
                }
                return mine;
            });
            assertThat(outcomes).allMatch(Race.Outcome::ok);
            List<Long> seen = outcomes.get(0).value();
            assertThat(seen).as("no repeats").doesNotHaveDuplicates();
            assertThat(seen).as("floor order").isSorted();
            assertThat(seen).as("no gaps: every reply committed before the walk").containsAll(before);
            assertThat(seen.subList(0, before.size())).isEqualTo(before);
            assertThat(walkReplies(forum, t.id(), 13)).hasSize(150 + 8 * 40).isSorted().doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void boardPagesHaveNoGapsOrRepeatsWhileNewThreadsArrive(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forum", 25)) {
            ForumModule forum = module(ds);
            Board board = forum.boards().create("Pages", null, 1);
            List<Long> before = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                before.add(0, forum.threads().post(board.id(), Participant.of("oSeed"), null, "seed " + i, "b").id());
            }
            List<Race.Outcome<List<Long>>> outcomes = Race.run(9, DEADLINE, i -> () -> {
                if (i == 0) {
                    return walkThreads(forum, board.id(), 9);
                }
                List<Long> mine = new ArrayList<>();
                for (int k = 0; k < 25; k++) {
                    mine.add(forum.threads().post(board.id(), Participant.of("oWriter" + i), null, "new " + k, "b").id());
                }
                return mine;
            });
            assertThat(outcomes).allMatch(Race.Outcome::ok);
            List<Long> seen = outcomes.get(0).value();
            assertThat(seen).as("no repeats").doesNotHaveDuplicates();
            assertThat(seen).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            // threads posted during the walk land above the reader's position: every older one is seen exactly once
            assertThat(seen.stream().filter(before::contains).toList()).isEqualTo(before);
            assertThat(walkThreads(forum, board.id(), 50)).hasSize(120 + 8 * 25).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void moderationRightsBansAndSearchHoldOnEveryDatabase(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forum", 5)) {
            ForumModule forum = module(ds);
            Board board = forum.boards().create("Mod", null, 1);
            Board other = forum.boards().create("Other", null, 2);
            forum.boards().grantAdmin("oAdmin");
            forum.boards().grantModerator("oAdmin", board.id(), "oMod");
            ForumThread t = forum.threads().post(board.id(), Participant.of("oAnn"), null, "Dumpling recipe", "pork and chives");
            ForumThread cjk = forum.threads().post(board.id(), Participant.of("oAnn"), null, "饺子做法", "猪肉白菜馅");
            ForumRulesTest.refused(ForumError.NOT_MODERATOR, () -> forum.moderation().lock("oAnn", t.id(), true));
            forum.boards().grantModerator("oAdmin", other.id(), "oOther");
            ForumRulesTest.refused(ForumError.NOT_MODERATOR, () -> forum.moderation().lock("oOther", t.id(), true));
            forum.moderation().lock("oMod", t.id(), true);
            ForumRulesTest.refused(ForumError.THREAD_LOCKED,
                    () -> forum.replies().post(t.id(), Participant.of("oBob"), null, "x", ReplyTo.thread()));
            forum.moderation().ban("oMod", board.id(), "oBob", Duration.ofDays(1), "spam");
            ForumRulesTest.refused(ForumError.USER_BANNED,
                    () -> forum.threads().post(board.id(), Participant.of("oBob"), null, "x", "y"));

            assertThat(forum.search().fullText()).isEqualTo(db == TestDatabase.POSTGRESQL);
            assertThat(forum.search().threads("chives", PageRequest.first(5)).items()).extracting(ForumThread::id).containsExactly(t.id());
            assertThat(forum.search().threads("dumpling recipe", PageRequest.first(5)).items()).extracting(ForumThread::id)
                    .containsExactly(t.id());
            assertThat(forum.search().threads("白菜", PageRequest.first(5)).items()).extracting(ForumThread::id).containsExactly(cjk.id());
            forum.moderation().deleteThread("oMod", cjk.id(), "duplicate");
            assertThat(forum.search().threads("白菜", PageRequest.first(5)).items()).isEmpty();
        }
    }

    static List<Long> walkReplies(ForumModule forum, long threadId, int size) {
        List<Long> seen = new ArrayList<>();
        Page<Reply> page = forum.replies().list(threadId, PageRequest.first(size));
        page.items().forEach(r -> seen.add(r.id()));
        while (page.next().isPresent()) {
            page = forum.replies().list(threadId, PageRequest.after(page.next().get(), size));
            page.items().forEach(r -> seen.add(r.id()));
        }
        return seen;
    }

    static List<Long> walkThreads(ForumModule forum, long boardId, int size) {
        List<Long> seen = new ArrayList<>();
        Page<ForumThread> page = forum.threads().list(boardId, PageRequest.first(size));
        page.items().forEach(t -> seen.add(t.id()));
        while (page.next().isPresent()) {
            page = forum.threads().list(boardId, PageRequest.after(page.next().get(), size));
            page.items().forEach(t -> seen.add(t.id()));
        }
        return seen;
    }

    static ForumModule module(HikariDataSource ds) {
        ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
        return ForumModule.create(context);
    }

    static Map<String, Long> codes(List<? extends Race.Outcome<?>> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy((Function<Race.Outcome<?>, String>) o -> {
            if (o.ok()) {
                return "OK";
            }
            return o.error() instanceof ModuleException m ? m.code() : o.error().toString();
        }, Collectors.counting()));
    }
}
