package io.wxkit.modules.forum;

import java.time.Instant;

/**
 * A thread (主题帖): the opening post of a discussion on a board.
 *
 * @param id          the thread id
 * @param boardId     the board it was posted on
 * @param author      the author's openid
 * @param title       the title
 * @param body        the opening post
 * @param pinned      whether moderators pinned it to the top of the board
 * @param locked      whether moderators locked it (no new replies)
 * @param replies     how many replies it has (deleted ones included: floors keep their numbers)
 * @param likes       how many users like it
 * @param views       how many times it was opened
 * @param createdAt   when it was posted
 * @param lastReplyAt when the latest reply arrived (the post time while there is none)
 */
public record ForumThread(long id, long boardId, String author, String title, String body, boolean pinned,
                          boolean locked, long replies, long likes, long views, Instant createdAt, Instant lastReplyAt) {
}
