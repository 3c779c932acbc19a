package io.wxkit.mp.archfixture;

/** Fixture: a ThreadLocal carrying account context outside io.wxkit.core.crypto. */
public class AccountInThreadLocal {
    private final ThreadLocal<String> currentAppId = new ThreadLocal<>();

    public String current() {
        return currentAppId.get();
    }
}
