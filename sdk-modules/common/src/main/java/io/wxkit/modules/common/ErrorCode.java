package io.wxkit.modules.common;

/**
 * A stable error code of a module ({@code VOTE_CLOSED}, {@code OUT_OF_STOCK}, ...): UPPER_SNAKE, never
 * renamed once released, because the starter maps it to an HTTP status and the pages to the message key
 * {@code error.<CODE>}. Each module declares its codes as an enum implementing this interface.
 *
 * <pre>{@code
 * enum VoteError implements ErrorCode { VOTE_CLOSED, ALREADY_VOTED }
 * }</pre>
 */
public interface ErrorCode {

    /**
     * The code itself, as the enum constant's name.
     *
     * @return the UPPER_SNAKE code, e.g. {@code VOTE_CLOSED}
     */
    String name();
}
