package io.wxkit.emulator.internal.account;

import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Resettable;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's registry of Official Accounts and their fake users. Thread-safe.
 */
public final class Accounts implements Resettable {
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    private final Map<String, List<FakeUser>> usersByApp = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;

    public Accounts(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /**
     * Registers an account, or updates the configuration of one already registered (its users are kept and so is
     * its {@code gh_} id).
     */
    public Account register(String appId, String secret, String token, String aesKey, String callbackUrl,
                            CallbackMode mode) {
        Account previous = accounts.get(appId);
        String originalId = previous != null ? previous.originalId() : "gh_" + HexFormat.of().formatHex(bytes(6));
        Account account = new Account(appId, secret, token, aesKey, callbackUrl, mode, originalId);
        accounts.put(appId, account);
        usersByApp.computeIfAbsent(appId, k -> new ArrayList<>());
        return account;
    }

    /** The account, or null. */
    public Account find(String appId) {
        return appId == null ? null : accounts.get(appId);
    }

    /**
     * The account, for a WeChat API call.
     *
     * @throws ApiError 40013 (invalid appid) when unknown
     */
    public Account require(String appId) {
        Account a = find(appId);
        if (a == null) {
            throw new ApiError(40013, "invalid appid");
        }
        return a;
    }

    /** Every registered account. */
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    /**
     * Creates a fake user of {@code appId} (not following yet).
     *
     * @throws ControlError 404 when the account is unknown
     */
    public FakeUser createUser(String appId, String nickname) {
        if (find(appId) == null) {
            throw new ControlError(404, "no account " + appId + " (POST /emulator/accounts first)");
        }
        String openid = "o" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(21)).substring(0, 27);
        String unionid = "o" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(21)).substring(0, 27);
        FakeUser user = new FakeUser(openid, unionid, appId, nickname, clock.instant());
        users.put(openid, user);
        List<FakeUser> list = usersByApp.computeIfAbsent(appId, k -> new ArrayList<>());
        synchronized (list) {
            list.add(user);
        }
        return user;
    }

    /** The user with this openid (any account), or null. */
    public FakeUser user(String openid) {
        return openid == null ? null : users.get(openid);
    }

    /**
     * The user with this openid in {@code appId}, for a WeChat API call.
     *
     * @throws ApiError 40003 (invalid openid) when unknown or belonging to another account
     */
    public FakeUser requireUser(String appId, String openid) {
        FakeUser u = user(openid);
        if (u == null || !u.appId().equals(appId)) {
            throw new ApiError(40003, "invalid openid");
        }
        return u;
    }

    /**
     * The user with this openid, for a control call.
     *
     * @throws ControlError 404 when unknown
     */
    public FakeUser requireControlUser(String openid) {
        FakeUser u = user(openid);
        if (u == null) {
            throw new ControlError(404, "no fake user " + openid + " (POST /emulator/users first)");
        }
        return u;
    }

    /** The users of an account, in creation order. */
    public List<FakeUser> users(String appId) {
        List<FakeUser> list = usersByApp.get(appId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** The users of an account who currently follow it, in creation order. */
    public List<FakeUser> followers(String appId) {
        return users(appId).stream().filter(FakeUser::subscribed).toList();
    }

    @Override
    public void reset() {
        accounts.clear();
        users.clear();
        usersByApp.clear();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
