package io.wxkit.mp.kf;

/** The {@code command} of {@code message/custom/typing}: show or hide "typing..." to a follower. */
public enum TypingCommand {
    /** Shows "typing..." ({@code Typing}); WeChat hides it after 15 s or on the next message. */
    TYPING("Typing"),
    /** Hides it ({@code CancelTyping}). */
    CANCEL_TYPING("CancelTyping");

    private final String wireName;

    TypingCommand(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The command as WeChat spells it.
     *
     * @return {@code Typing} or {@code CancelTyping}
     */
    public String wireName() {
        return wireName;
    }
}
