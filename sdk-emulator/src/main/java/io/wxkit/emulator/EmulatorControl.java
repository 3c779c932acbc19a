package io.wxkit.emulator;

import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.fault.Fault;
import java.util.List;

/**
 * The control API as Java calls: register Official Accounts, create fake users, read inboxes, inject faults,
 * reset. Same behaviour as the HTTP endpoints under {@code /emulator/}.
 *
 * <pre>{@code
 * emulator.control().account("wx1", "secret", "token1", null, "http://127.0.0.1:8080/wx", CallbackMode.PLAIN);
 * String openid = emulator.control().user("wx1", "Alice").openid();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EmulatorControl {
    private final Wiring wiring;

    EmulatorControl(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * Registers (or reconfigures) an Official Account.
     *
     * @param encodingAesKey 43 characters; may be null in plain mode
     * @param callbackUrl    the app's server URL, or null when it receives no messages
     * @throws IllegalArgumentException when a value breaks WeChat's rules (token 3-32 letters/digits, ...)
     */
    public Account account(String appId, String secret, String token, String encodingAesKey, String callbackUrl,
                           CallbackMode mode) {
        return wiring.accounts.register(appId, secret, token, encodingAesKey, callbackUrl, mode);
    }

    /** Creates a fake user of {@code appId} who does not follow it yet. */
    public FakeUser user(String appId, String nickname) {
        return wiring.accounts.createUser(appId, nickname);
    }

    /** What the user received so far, oldest first. */
    public List<InboxEntry> inbox(String openid) {
        return wiring.accounts.requireControlUser(openid).inbox();
    }

    /** Adds a fault for the next matching requests. */
    public void inject(Fault fault) {
        wiring.faults.add(fault);
    }

    /** Forgets all state: accounts, users, tokens, menus, messages, orders, faults. */
    public void reset() {
        wiring.reset();
    }
}
