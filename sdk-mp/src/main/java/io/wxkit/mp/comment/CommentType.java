package io.wxkit.mp.comment;

/** Which comments {@code /cgi-bin/comment/list} returns ({@code type}). */
public enum CommentType {
    /** Normal and elected comments ({@code type=0}). */
    ALL,
    /** Normal comments only ({@code type=1}). */
    NORMAL,
    /** Elected comments only ({@code type=2}). */
    ELECTED;

    int wireValue() {
        return ordinal();
    }
}
