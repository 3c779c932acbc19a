package io.wxkit.spring.mp;

import java.util.List;

/** Every account configured under {@code wxkit.mp.*}; closes their HTTP clients with the context. */
final class MpAccounts implements AutoCloseable {
    private final List<MpAccount> accounts;

    MpAccounts(List<MpAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    List<MpAccount> all() {
        return accounts;
    }

    @Override
    public void close() {
        accounts.forEach(a -> a.mp().close());
    }
}
