package io.wxkit.mp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Official Accounts of a host that serves several (appId → {@link WxMp}). Each account keeps
 * its own access-token cache (tokens are stored per appId even when the accounts share one
 * {@link io.wxkit.core.token.TokenStore}), so a call through one account never uses another's
 * token. There is no "current account": callers pick the account explicitly, by appId, on every
 * call.
 *
 * <pre>{@code
 * WxMpRegistry accounts = WxMpRegistry.of(shopMp, newsMp);
 * accounts.get(appIdFromCallbackUrl).templates().send(message);
 * }</pre>
 *
 * <p>Thread-safe: accounts may be added and removed while others are in use. Closing the registry
 * closes every account it holds.
 */
public final class WxMpRegistry implements AutoCloseable {
    private final Map<String, WxMp> accounts = new ConcurrentHashMap<>();

    private WxMpRegistry() {
    }

    /**
     * An empty registry.
     *
     * @return a new registry without accounts
     */
    public static WxMpRegistry create() {
        return new WxMpRegistry();
    }

    /**
     * A registry holding {@code accounts}.
     *
     * @param accounts the accounts to hold, each under its appId
     * @return a new registry holding them
     * @throws IllegalArgumentException if two accounts share an appId
     */
    public static WxMpRegistry of(WxMp... accounts) {
        WxMpRegistry registry = new WxMpRegistry();
        for (WxMp mp : accounts) {
            registry.register(mp);
        }
        return registry;
    }

    /**
     * Adds an account.
     *
     * @param mp the account; not null
     * @return this registry
     * @throws IllegalArgumentException if an account with the same appId is already registered
     */
    public WxMpRegistry register(WxMp mp) {
        Objects.requireNonNull(mp, "mp");
        if (accounts.putIfAbsent(mp.appId(), mp) != null) {
            throw new IllegalArgumentException("an account with appId " + mp.appId() + " is already registered");
        }
        return this;
    }

    /**
     * The account of {@code appId}.
     *
     * @param appId the account's appId
     * @return the registered account
     * @throws NullPointerException if {@code appId} is null
     * @throws NoSuchElementException if no account has that appId
     */
    public WxMp get(String appId) {
        return find(appId).orElseThrow(() -> new NoSuchElementException("no Official Account with appId " + appId
                + " is registered (known: " + appIds() + ")"));
    }

    /**
     * The account of {@code appId}, if registered.
     *
     * @param appId the account's appId; not null
     * @return the account, or empty if none is registered under {@code appId}
     */
    public Optional<WxMp> find(String appId) {
        return Optional.ofNullable(accounts.get(Objects.requireNonNull(appId, "appId")));
    }

    /**
     * Removes and returns the account of {@code appId} (not closed: the caller decides).
     *
     * @param appId the account's appId; not null
     * @return the removed account, or empty if none was registered under {@code appId}
     */
    public Optional<WxMp> remove(String appId) {
        return Optional.ofNullable(accounts.remove(Objects.requireNonNull(appId, "appId")));
    }

    /**
     * The registered appIds, sorted.
     *
     * @return an unmodifiable snapshot of the appIds, in natural string order
     */
    public Set<String> appIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(accounts.keySet()));
    }

    /** Closes and removes every account; a failure of one does not stop the others (the first is rethrown). */
    @Override
    public void close() {
        RuntimeException first = null;
        for (String appId : new ArrayList<>(accounts.keySet())) {
            WxMp mp = accounts.remove(appId);
            if (mp == null) {
                continue;
            }
            try {
                mp.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "WxMpRegistry" + appIds();
    }
}
