package io.wxkit.modules.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The moderators' queue behind the admin console: new threads and replies of every board, live ones only, newest first. */
class ModerationQueueTest {
    private ModuleTestContext test;
    private ForumModule forum;

    @BeforeEach
    void setUp() {
        test = new ModuleTestContext("forumqueue");
        forum = ForumModule.create(test.build());
        forum.boards().grantAdmin("oMod");
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void theQueueListsEveryBoardsLivePostsNewestFirstInPages() {
        Board a = forum.boards().create("A", "", 1);
        Board b = forum.boards().create("B", "", 2);
        ForumThread first = forum.threads().post(a.id(), Participant.of("oAnn"), "127.0.0.1", "first", "body one");
        ForumThread second = forum.threads().post(b.id(), Participant.of("oBob"), "127.0.0.1", "second", "body two");
        ForumThread gone = forum.threads().post(b.id(), Participant.of("oBob"), "127.0.0.1", "spam", "buy now");
        Reply r1 = forum.replies().post(first.id(), Participant.of("oBob"), "127.0.0.1", "hello", ReplyTo.thread());
        Reply r2 = forum.replies().post(second.id(), Participant.of("oAnn"), "127.0.0.1", "spam again", ReplyTo.thread());
        forum.moderation().deleteThread("oMod", gone.id(), "advertising");
        forum.moderation().deleteReply("oMod", r2.id(), "advertising");

        Page<ForumThread> one = forum.threads().latest(PageRequest.first(1));
        assertThat(one.items()).extracting(ForumThread::id).containsExactly(second.id());
        assertThat(forum.threads().latest(PageRequest.after(one.next().orElseThrow(), 10)).items()).extracting(ForumThread::id)
                .containsExactly(first.id());
        assertThat(forum.replies().latest(PageRequest.first(10)).items()).extracting(Reply::id).containsExactly(r1.id());
    }
}
