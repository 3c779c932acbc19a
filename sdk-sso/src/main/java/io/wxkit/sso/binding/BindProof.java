package io.wxkit.sso.binding;

import java.util.Objects;

/**
 * Evidence that the WeChat user owns the business account they bind: checked by a {@link ProofVerifier}
 * before a binding is written. {@code toString()} never shows a password or code.
 */
public sealed interface BindProof {
    /** The method recorded with the binding ({@code admin}, {@code code}, {@code credentials}, {@code import}). */
    String method();

    /** An administrator binds directly (recorded as {@code admin:<operator>}). */
    static BindProof admin(String operator) {
        return new Admin(operator);
    }

    /** A one-time code the business system issued to the logged-in account holder. */
    static BindProof oneTimeCode(String code) {
        return new OneTimeCode(code);
    }

    /** The account's login and password, confirmed by the business system (never stored). */
    static BindProof credentials(String login, String password) {
        return new Credentials(login, password);
    }

    /** An administrator binds directly. @param operator who */
    record Admin(String operator) implements BindProof {
        /** Requires an operator. */
        public Admin {
            Objects.requireNonNull(operator, "operator");
        }

        @Override
        public String method() {
            return "admin";
        }
    }

    /** A one-time code. @param code the code */
    record OneTimeCode(String code) implements BindProof {
        /** Requires a code. */
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

    /** Login and password. @param login the login @param password the password */
    record Credentials(String login, String password) implements BindProof {
        /** Requires both. */
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
