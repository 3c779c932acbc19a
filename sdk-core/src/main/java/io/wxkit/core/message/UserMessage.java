package io.wxkit.core.message;

/**
 * A chat message a user sent (text, image, voice, video, shortvideo, location, link), as opposed to an
 * {@link Event}; WeChat retries it with the same {@code MsgId}.
 */
public sealed interface UserMessage extends InboundMessage permits Text, Image, Voice, Video, ShortVideo, Location, Link {
    /**
     * The 64-bit message id ({@code MsgId}) used for de-duplication; 0 if WeChat omitted it.
     *
     * @return the {@code MsgId}, or 0 if absent
     */
    long msgId();
}
