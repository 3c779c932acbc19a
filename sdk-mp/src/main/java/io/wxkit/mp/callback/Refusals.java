package io.wxkit.mp.callback;

import io.wxkit.core.message.WxCallbackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a refused callback into its HTTP answer and its log line. Anyone can send a refusal that is
 * decided before the request is authenticated (a bad signature, a timestamp that is not a number, a
 * malformed envelope, a plain-mode body, which {@code signature} does not cover), so those log at
 * DEBUG: a flood of forged requests must not flood the operator's log. Only a request whose body
 * {@code msg_signature} proved to come from WeChat logs at WARN when it is refused.
 */
final class Refusals {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private Refusals() {
    }

    /**
     * The answer to a refused request: 403 for a signature, window or appId failure, 413 for an
     * oversized payload, 400 otherwise.
     *
     * @param authenticated whether {@code msg_signature} had verified the body before the refusal
     */
    static CallbackResponse refuse(WxCallbackException e, boolean authenticated) {
        int status = switch (e.reason()) {
            case SIGNATURE_MISMATCH, TIMESTAMP_OUT_OF_WINDOW, APPID_MISMATCH -> 403;
            case PAYLOAD_TOO_LARGE -> 413;
            default -> 400;
        };
        if (authenticated) {
            LOG.warn("refused a callback signed by WeChat ({}): {}", status, e.getMessage());
        } else {
            LOG.debug("refused an unauthenticated callback ({}): {}", status, e.getMessage());
        }
        return CallbackResponse.refused(status, e.reason().name());
    }
}
