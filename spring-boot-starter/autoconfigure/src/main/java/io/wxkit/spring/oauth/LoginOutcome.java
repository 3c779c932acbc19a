package io.wxkit.spring.oauth;

/** How a return from WeChat's authorize page ended. */
sealed interface LoginOutcome {

    /** The user is in the session; send the browser to {@code returnTo}. */
    record SignedIn(WxUserPrincipal user, String returnTo) implements LoginOutcome {
    }

    /** No user: answer {@code status} with {@code message} (plain words for the person holding the phone). */
    record Refused(int status, String message) implements LoginOutcome {
    }
}
