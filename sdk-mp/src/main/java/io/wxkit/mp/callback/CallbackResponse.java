package io.wxkit.mp.callback;

import java.util.Objects;

/**
 * What the server URL answers WeChat: an HTTP status, a content type and a body (a passive reply in
 * XML, the encrypted reply envelope, {@code success}, the {@code echostr} of the URL check, or a
 * short refusal).
 *
 * <pre>{@code
 * CallbackResponse r = handler.handle(request);
 * servletResponse.setStatus(r.status()); servletResponse.setContentType(r.contentType());
 * }</pre>
 *
 * @param status      the HTTP status: 200, or 400/403/405/413 when the request was refused
 * @param contentType the {@code Content-Type} header value
 * @param body        the body, never null
 */
public record CallbackResponse(int status, String contentType, String body) {
    static final String TEXT = "text/plain; charset=UTF-8";
    static final String XML = "application/xml; charset=UTF-8";
    static final String SUCCESS = "success";

    /**
     * Validates: a status in 100..599, a content type and a body.
     *
     * @param status the HTTP status, 100..599
     * @param contentType the {@code Content-Type} header value; not null
     * @param body the body; not null
     * @throws IllegalArgumentException if {@code status} is outside 100..599
     * @throws NullPointerException if {@code contentType} or {@code body} is null
     */
    public CallbackResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * {@code true} when WeChat got a 2xx answer.
     *
     * @return true if {@code status} is 200..299
     */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    static CallbackResponse success() {
        return new CallbackResponse(200, TEXT, SUCCESS);
    }

    static CallbackResponse xml(String xml) {
        return new CallbackResponse(200, XML, xml);
    }

    static CallbackResponse text(String text) {
        return new CallbackResponse(200, TEXT, text);
    }

    static CallbackResponse refused(int status, String reason) {
        return new CallbackResponse(status, TEXT, reason);
    }

    /** Omits the body: it may be an encrypted envelope or user content. */
    @Override
    public String toString() {
        return "CallbackResponse[" + status + ", " + contentType + ", " + body.length() + " chars]";
    }
}
