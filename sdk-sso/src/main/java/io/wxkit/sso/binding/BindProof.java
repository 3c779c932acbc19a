package io.wxkit.sso.binding;

import java.util.Objects;

/**
 * Evidence that the WeChat user owns the business account they bind: checked by a {@link ProofVerifier}
 * before a binding is written. {@code toString()} never shows a password or code.
 */
public sealed interface BindProof {
    /**
     * The method recorded with the binding.
     *
     * @return {@code admin}, {@code code}, {@code credentials} or {@code import}
     */
    String method();

    /**
     * An administrator binds directly (recorded as {@code admin:<operator>}).
     *
     * @param operator the administrator, e.g. {@code "alice"}
     * @return the proof; accepted by the built-in admin verifier without a call
     */
    static BindProof admin(String operator) {
        return new Admin(operator);
    }

    /**
     * A one-time code the business system issued to the logged-in account holder.
     *
     * @param code the code as the user typed it; checked by the business system's {@code verifyUrl}
     * @return the proof
     */
    static BindProof oneTimeCode(String code) {
        return new OneTimeCode(code);
    }

    /**
     * The account's login and password, confirmed by the business system (never stored).
     *
     * @param login    the account's login
     * @param password the password; passed to the {@code verifyUrl} once, never stored or logged
     * @return the proof
     */
    static BindProof credentials(String login, String password) {
        return new Credentials(login, password);
    }

    /**
     * An administrator binds directly.
     *
     * @param operator who
     */
    record Admin(String operator) implements BindProof {
        /**
         * Requires an operator.
         *
         * @param operator who
         * @throws NullPointerException if {@code operator} is null
         */
        public Admin {
            Objects.requireNonNull(operator, "operator");
        }

        @Override
        public String method() {
            return "admin";
        }
    }

    /**
     * A one-time code.
     *
     * @param code the code
     */
    record OneTimeCode(String code) implements BindProof {
        /**
         * Requires a code.
         *
         * @param code the code
         * @throws NullPointerException if {@code code} is null
         */
        public OneTimeCode {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String method() {
            return "code";
        }

        @Override
        public String toString() {
            return "OneTimeCode[***]";
        }
    }

    /**
     * Login and password.
     *
     * @param login    the login
     * @param password the password
     */
    record Credentials(String login, String password) implements BindProof {
        /**
         * Requires both.
         *
         * @param login    the login
         * @param password the password
         * @throws NullPointerException if either is null
         */
        public Credentials {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String method() {
            return "credentials";
        }

        @Override
        public String toString() {
            return "Credentials[login=" + login + ", password=***]";
        }
    }
}
