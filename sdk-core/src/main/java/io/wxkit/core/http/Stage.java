package io.wxkit.core.http;

/**
 * One step of the call pipeline (token, retry, log, errcode, send): it may change the exchange,
 * pass it on, inspect or replace the reply, or throw a {@link WxApiException}.
 */
interface Stage {

    /** Handles {@code exchange}, usually by calling {@code next.proceed(..)} once or more. */
    Reply handle(Exchange exchange, Chain next);

    /** The rest of the pipeline after a stage. */
    interface Chain {
        Reply proceed(Exchange exchange);
    }
}
