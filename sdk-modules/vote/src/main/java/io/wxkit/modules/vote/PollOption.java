package io.wxkit.modules.vote;

/**
 * One choice of a poll: a text and an optional image.
 *
 * @param id       the option id ({@code 0} in a draft)
 * @param text     the text, 1-200 characters
 * @param imageUrl an image URL (http or https, at most 1000 characters), or {@code null}
 */
public record PollOption(long id, String text, String imageUrl) {
}
