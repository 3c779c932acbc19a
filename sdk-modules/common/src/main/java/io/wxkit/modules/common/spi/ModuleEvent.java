package io.wxkit.modules.common.spi;

import java.time.Instant;

/**
 * Something that happened in a module and was committed: a vote cast, a prize won. Each module declares
 * its events as records implementing this interface.
 */
public interface ModuleEvent {

    /**
     * The module that emitted it.
     *
     * @return the module name ({@code vote}, {@code lottery}, ...)
     */
    String module();

    /**
     * When it happened, by the module's clock.
     *
     * @return the instant of the committed work
     */
    Instant at();
}
