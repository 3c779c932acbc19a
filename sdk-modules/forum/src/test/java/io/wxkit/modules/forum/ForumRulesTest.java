package io.wxkit.modules.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ErrorCode;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every forum rule on H2 with a hand-moved clock. */
class ForumRulesTest {
    static final Participant ANN = Participant.of("oAnn");
    static final Participant BOB = Participant.of("oBob");
    static final String IP = "203.0.113.7";
    final List<String> sent = new ArrayList<>();
    ModuleTestContext test;
    ForumModule forum;
    Board board;

    @BeforeEach
    void setUp() {
        test = new ModuleTestContext("forumrules");
        test.builder().templates((openid, template, data, url) -> {
            if (openid.equals("oFails")) {
                throw new IllegalStateException("WeChat 45047");
            }
            sent.add(openid + "|" + template + "|" + data.get("thing1") + "|" + data.get("thing2") + "|" + url);
        });
        forum = ForumModule.create(test.build(), ForumOptions.defaults()
                .limits(new ForumLimits(20, 200, 50))
                .filter(SensitiveWords.of(List.of("赌博", "casino")))
                .replyTemplate("TPL_reply", "https://example.com/t/"));
        board = forum.boards().create("General", "Anything goes", 10);
        forum.boards().grantAdmin("oAdmin");
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void boardsListBySortOrderThenIdAndValidateTheirText() {
        Board news = forum.boards().create("News", null, 1);
        Board later = forum.boards().create("Later", " ", 10);
        assertThat(forum.boards().list()).extracting(Board::id).containsExactly(news.id(), board.id(), later.id());
        assertThat(later.description()).isNull();
        assertThat(forum.boards().find(board.id()).description()).isEqualTo("Anything goes");
        refused(ForumError.INVALID_BOARD, () -> forum.boards().create(" ", null, 1));
        refused(ForumError.INVALID_BOARD, () -> forum.boards().create("x".repeat(65), null, 1));
        refused(ForumError.BOARD_NOT_FOUND, () -> forum.boards().find(999));
    }

    @Test
    void postingCountsThreadsRepliesAndViews() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "  Hello  ", "First post");
        assertThat(t.title()).isEqualTo("Hello");
        assertThat(forum.boards().find(board.id()).threads()).isEqualTo(1);
        forum.replies().post(t.id(), BOB, IP, "Hi", ReplyTo.thread());
        assertThat(forum.threads().open(t.id()).views()).isEqualTo(1);
        ForumThread again = forum.threads().open(t.id());
        assertThat(again.views()).isEqualTo(2);
        assertThat(again.replies()).isEqualTo(1);
        assertThat(forum.threads().find(t.id()).views()).isEqualTo(2);
        refused(ForumError.BOARD_NOT_FOUND, () -> forum.threads().post(999, ANN, IP, "x", "y"));
        refused(ForumError.THREAD_NOT_FOUND, () -> forum.threads().open(999));
    }

    @Test
    void lengthLimitsAndTheFilterRefuseBeforeAnythingIsStored() {
        refused(ForumError.CONTENT_TOO_LONG, () -> forum.threads().post(board.id(), ANN, IP, "x".repeat(21), "body"));
        refused(ForumError.CONTENT_TOO_LONG, () -> forum.threads().post(board.id(), ANN, IP, "t", "x".repeat(201)));
        refused(ForumError.CONTENT_TOO_LONG, () -> forum.threads().post(board.id(), ANN, IP, "   ", "body"));
        refused(ForumError.CONTENT_REJECTED, () -> forum.threads().post(board.id(), ANN, IP, "t", "来玩赌 博"));
        refused(ForumError.CONTENT_REJECTED, () -> forum.threads().post(board.id(), ANN, IP, "CASINO", "b"));
        refused(io.wxkit.modules.common.CommonError.INVALID_INPUT,
                () -> forum.threads().post(board.id(), ANN, IP, "t", "bell\u0007"));
        assertThat(forum.boards().find(board.id()).threads()).isZero();
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        refused(ForumError.CONTENT_TOO_LONG, () -> forum.replies().post(t.id(), BOB, IP, "x".repeat(51), ReplyTo.thread()));
        refused(ForumError.CONTENT_REJECTED, () -> forum.replies().post(t.id(), BOB, IP, "casino", ReplyTo.thread()));
        assertThat(forum.threads().find(t.id()).replies()).isZero();
    }

    @Test
    void aFailingFilterRefusesTheContent() {
        ForumModule strict = ForumModule.create(forum.context(), ForumOptions.defaults().filter(text -> {
            throw new IllegalStateException("moderation service down");
        }));
        refused(ForumError.CONTENT_REJECTED, () -> strict.threads().post(board.id(), ANN, IP, "t", "b"));
    }

    @Test
    void repliesQuoteWithinTheThreadAndNestOneLevelOnly() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        ForumThread other = forum.threads().post(board.id(), ANN, IP, "o", "b");
        Reply top = forum.replies().post(t.id(), BOB, IP, "top", ReplyTo.thread());
        Reply quoting = forum.replies().post(t.id(), ANN, IP, "quote", ReplyTo.quoting(top.id()));
        Reply child = forum.replies().post(t.id(), ANN, IP, "child", ReplyTo.nestedUnder(top.id()));
        Reply grandchild = forum.replies().post(t.id(), BOB, IP, "grandchild", ReplyTo.nestedUnder(child.id()));
        assertThat(quoting.quoteId()).contains(top.id());
        assertThat(quoting.parentId()).isEmpty();
        assertThat(child.parentId()).contains(top.id());
        assertThat(grandchild.parentId()).as("one level: nests under the top-level reply").contains(top.id());
        assertThat(forum.replies().children(top.id(), PageRequest.first(10)).items()).extracting(Reply::id)
                .containsExactly(child.id(), grandchild.id());
        assertThat(forum.replies().list(t.id(), PageRequest.first(10)).items()).hasSize(4);
        refused(ForumError.REPLY_NOT_FOUND, () -> forum.replies().post(other.id(), ANN, IP, "x", ReplyTo.quoting(top.id())));
        refused(ForumError.REPLY_NOT_FOUND, () -> forum.replies().post(other.id(), ANN, IP, "x", ReplyTo.nestedUnder(top.id())));
        refused(io.wxkit.modules.common.CommonError.INVALID_INPUT, () -> ReplyTo.quoting(0));
    }

    @Test
    void lockedThreadsRefuseRepliesUntilUnlocked() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        forum.moderation().lock("oAdmin", t.id(), true);
        assertThat(forum.threads().find(t.id()).locked()).isTrue();
        refused(ForumError.THREAD_LOCKED, () -> forum.replies().post(t.id(), BOB, IP, "x", ReplyTo.thread()));
        forum.moderation().lock("oAdmin", t.id(), false);
        assertThat(forum.replies().post(t.id(), BOB, IP, "x", ReplyTo.thread()).body()).isEqualTo("x");
    }

    @Test
    void pinnedThreadsAreListedForTheTop() {
        ForumThread a = forum.threads().post(board.id(), ANN, IP, "a", "b");
        ForumThread b = forum.threads().post(board.id(), ANN, IP, "b", "b");
        forum.moderation().pin("oAdmin", a.id(), true);
        assertThat(forum.threads().pinned(board.id())).extracting(ForumThread::id).containsExactly(a.id());
        assertThat(forum.threads().list(board.id(), PageRequest.first(10)).items()).extracting(ForumThread::id)
                .containsExactly(b.id(), a.id());
        forum.moderation().pin("oAdmin", a.id(), false);
        assertThat(forum.threads().pinned(board.id())).isEmpty();
    }

    @Test
    void softDeleteKeepsReplyFloorsAndHidesThreadsWithTheReasonAudited() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "findme");
        Reply r1 = forum.replies().post(t.id(), BOB, IP, "advert", ReplyTo.thread());
        forum.replies().post(t.id(), ANN, IP, "ok", ReplyTo.thread());
        forum.moderation().deleteReply("oAdmin", r1.id(), "advertising");
        List<Reply> floors = forum.replies().list(t.id(), PageRequest.first(10)).items();
        assertThat(floors).hasSize(2);
        assertThat(floors.get(0).deleted()).isTrue();
        assertThat(floors.get(0).body()).isEmpty();
        assertThat(floors.get(0).deletedReason()).contains("advertising");
        refused(ForumError.REPLY_NOT_FOUND, () -> forum.replies().post(t.id(), ANN, IP, "x", ReplyTo.quoting(r1.id())));
        refused(ForumError.CONTENT_TOO_LONG, () -> forum.moderation().deleteThread("oAdmin", t.id(), " "));
        forum.moderation().deleteThread("oAdmin", t.id(), "off topic");
        refused(ForumError.THREAD_NOT_FOUND, () -> forum.threads().open(t.id()));
        assertThat(forum.threads().list(board.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(forum.search().threads("findme", PageRequest.first(10)).items()).isEmpty();
        assertThat(forum.context().audit().list(ForumModule.NAME, PageRequest.first(10)).items())
                .extracting(e -> e.action() + ":" + e.outcome())
                .contains("reply.delete:advertising", "thread.delete:off topic");
    }

    @Test
    void onlyModeratorsOfTheBoardOrAdministratorsModerate() {
        Board other = forum.boards().create("Other", null, 2);
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        forum.boards().grantModerator("oAdmin", board.id(), "oMod");
        forum.boards().grantModerator("oAdmin", other.id(), "oOtherMod");
        forum.boards().grantModerator("oAdmin", board.id(), "oMod"); // twice: a no-op
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().lock("oAnn", t.id(), true));
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().lock("oOtherMod", t.id(), true));
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().deleteThread("oOtherMod", t.id(), "x"));
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().ban("oOtherMod", board.id(), "oAnn", Duration.ofDays(1), "x"));
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().ban("oMod", 0, "oAnn", Duration.ofDays(1), "x"));
        refused(ForumError.NOT_MODERATOR, () -> forum.boards().grantModerator("oMod", board.id(), "oAnn"));
        forum.moderation().lock("oMod", t.id(), true);
        forum.moderation().pin("oMod", t.id(), true);
        assertThat(forum.threads().find(t.id()).pinned()).isTrue();
        assertThat(forum.boards().isModerator(board.id(), "oMod")).isTrue();
        assertThat(forum.boards().isModerator(other.id(), "oMod")).isFalse();
        assertThat(forum.boards().isModerator(other.id(), "oAdmin")).isTrue();
        assertThat(forum.boards().revokeModerator("oAdmin", board.id(), "oMod")).isTrue();
        refused(ForumError.NOT_MODERATOR, () -> forum.moderation().lock("oMod", t.id(), false));
    }

    @Test
    void bansBlockPostingRepliesAndLikesOnTheirBoardUntilTheyExpire() {
        Board other = forum.boards().create("Other", null, 2);
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        forum.boards().grantModerator("oAdmin", board.id(), "oMod");
        forum.moderation().ban("oMod", board.id(), "oBob", Duration.ofHours(1), "spam");
        refused(ForumError.USER_BANNED, () -> forum.threads().post(board.id(), BOB, IP, "t", "b"));
        refused(ForumError.USER_BANNED, () -> forum.replies().post(t.id(), BOB, IP, "x", ReplyTo.thread()));
        refused(ForumError.USER_BANNED, () -> forum.likes().likeThread(t.id(), BOB, IP));
        assertThat(forum.threads().post(other.id(), BOB, IP, "elsewhere", "fine").title()).isEqualTo("elsewhere");
        refused(io.wxkit.modules.common.CommonError.INVALID_INPUT,
                () -> forum.moderation().ban("oMod", board.id(), "oMod", Duration.ofHours(1), "self"));
        refused(io.wxkit.modules.common.CommonError.INVALID_INPUT,
                () -> forum.moderation().ban("oMod", board.id(), "oAnn", Duration.ZERO, "x"));
        test.clock.advance(Duration.ofHours(1));
        assertThat(forum.replies().post(t.id(), BOB, IP, "back", ReplyTo.thread()).body()).isEqualTo("back");
        forum.moderation().ban("oAdmin", 0, "oBob", Duration.ofDays(1), "forum-wide");
        refused(ForumError.USER_BANNED, () -> forum.threads().post(other.id(), BOB, IP, "t", "b"));
        assertThat(forum.moderation().unban("oAdmin", 0, "oBob")).isTrue();
        assertThat(forum.moderation().unban("oAdmin", 0, "oBob")).isFalse();
        forum.threads().post(other.id(), BOB, IP, "t", "b");
    }

    @Test
    void likesAreOnePerUserAndCanBeTakenBack() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        Reply r = forum.replies().post(t.id(), ANN, IP, "r", ReplyTo.thread());
        assertThat(forum.likes().likeThread(t.id(), BOB, IP)).isEqualTo(1);
        refused(ForumError.ALREADY_LIKED, () -> forum.likes().likeThread(t.id(), BOB, IP));
        assertThat(forum.likes().likeThread(t.id(), ANN, IP)).isEqualTo(2);
        assertThat(forum.likes().likesThread(t.id(), "oBob")).isTrue();
        assertThat(forum.likes().unlikeThread(t.id(), BOB)).isTrue();
        assertThat(forum.likes().unlikeThread(t.id(), BOB)).isFalse();
        assertThat(forum.threads().find(t.id()).likes()).isEqualTo(1);
        assertThat(forum.likes().likeReply(r.id(), BOB, IP)).isEqualTo(1);
        refused(ForumError.ALREADY_LIKED, () -> forum.likes().likeReply(r.id(), BOB, IP));
        refused(ForumError.REPLY_NOT_FOUND, () -> forum.likes().likeReply(999, BOB, IP));
        refused(ForumError.THREAD_NOT_FOUND, () -> forum.likes().likeThread(999, BOB, IP));
    }

    @Test
    void newRepliesNotifyTheThreadAuthorAfterCommitButNotTheirOwn() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "Exactly twenty chars", "b");
        forum.replies().post(t.id(), BOB, IP, "Welcome to the forum, friend", ReplyTo.thread());
        forum.replies().post(t.id(), ANN, IP, "My own reply", ReplyTo.thread());
        assertThat(sent).containsExactly("oAnn|TPL_reply|Exactly twenty chars|Welcome to the foru…|https://example.com/t/" + t.id());
        ForumThread failing = forum.threads().post(board.id(), Participant.of("oFails"), IP, "t", "b");
        Reply stored = forum.replies().post(failing.id(), BOB, IP, "still stored", ReplyTo.thread());
        assertThat(forum.replies().list(failing.id(), PageRequest.first(5)).items()).extracting(Reply::id)
                .containsExactly(stored.id());
    }

    @Test
    void searchMatchesTitleAndBodyCaseInsensitivelyAndTreatsWildcardsLiterally() {
        ForumThread a = forum.threads().post(board.id(), ANN, IP, "Dumpling recipe", "pork and chives");
        ForumThread b = forum.threads().post(board.id(), ANN, IP, "饺子", "猪肉白菜馅 100%");
        forum.threads().post(board.id(), ANN, IP, "Noodles", "wheat");
        assertThat(forum.search().fullText()).isFalse();
        assertThat(forum.search().threads("DUMPLING", PageRequest.first(10)).items()).extracting(ForumThread::id).containsExactly(a.id());
        assertThat(forum.search().threads("chives", PageRequest.first(10)).items()).extracting(ForumThread::id).containsExactly(a.id());
        assertThat(forum.search().threads("白菜", PageRequest.first(10)).items()).extracting(ForumThread::id).containsExactly(b.id());
        assertThat(forum.search().threads("100%", PageRequest.first(10)).items()).extracting(ForumThread::id).containsExactly(b.id());
        assertThat(forum.search().threads("%", PageRequest.first(10)).items()).extracting(ForumThread::id).containsExactly(b.id());
        assertThat(forum.search().threads("_", PageRequest.first(10)).items()).isEmpty();
        refused(io.wxkit.modules.common.CommonError.INVALID_INPUT, () -> forum.search().threads(" ", PageRequest.first(10)));
    }

    @Test
    void pagesWalkEveryReplyOnceInFloorOrderAndThreadsNewestFirst() {
        ForumThread t = forum.threads().post(board.id(), ANN, IP, "t", "b");
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            posted.add(forum.replies().post(t.id(), BOB, IP, "r" + i, ReplyTo.thread()).id());
        }
        List<Long> seen = new ArrayList<>();
        Page<Reply> page = forum.replies().list(t.id(), PageRequest.first(5));
        seen.addAll(page.items().stream().map(Reply::id).toList());
        while (page.next().isPresent()) {
            page = forum.replies().list(t.id(), PageRequest.after(page.next().get(), 5));
            seen.addAll(page.items().stream().map(Reply::id).toList());
        }
        assertThat(seen).isEqualTo(posted);
        List<Long> threads = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            threads.add(0, forum.threads().post(board.id(), ANN, IP, "t" + i, "b").id());
        }
        threads.add(t.id());
        Page<ForumThread> first = forum.threads().list(board.id(), PageRequest.first(4));
        Page<ForumThread> second = forum.threads().list(board.id(), PageRequest.after(first.next().orElseThrow(), 4));
        assertThat(second.next()).isEmpty();
        List<Long> listed = new ArrayList<>(first.items().stream().map(ForumThread::id).toList());
        listed.addAll(second.items().stream().map(ForumThread::id).toList());
        assertThat(listed).isEqualTo(threads);
    }

    static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo(code.name()));
    }
}
