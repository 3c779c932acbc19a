package io.wxkit.modules.forum;

/**
 * A board (版块) of the forum.
 *
 * @param id          the board id
 * @param name        the name, 1-64 characters
 * @param description the description, or {@code null}
 * @param sortOrder   where the board appears in the board list (ascending, then by id)
 * @param threads     how many threads were posted on it
 */
public record Board(long id, String name, String description, int sortOrder, long threads) {
}
