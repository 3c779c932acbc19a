package io.wxkit.modules.common.spi;

/**
 * Receives module events after their transaction committed (never for rolled-back work). The starter
 * bridges them to Spring events. Called on the thread that did the work: keep it quick, and do not
 * throw — an exception is logged and swallowed because the work is already committed.
 *
 * <pre>{@code
 * ModuleEventListener listener = e -> metrics.counter(e.module()).increment();
 * }</pre>
 */
@FunctionalInterface
public interface ModuleEventListener {

    /**
     * Handles one committed event.
     *
     * @param event the event, never null; test its type ({@code if (event instanceof PrizeWon w) ...})
     */
    void onEvent(ModuleEvent event);
}
