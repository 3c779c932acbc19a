package io.wxkit.emulator;

import io.wxkit.emulator.account.Accounts;
import io.wxkit.emulator.control.ControlEndpoints;
import io.wxkit.emulator.fault.Faults;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.mp.jssdk.TicketEndpoints;
import io.wxkit.emulator.mp.token.TokenEndpoints;
import io.wxkit.emulator.mp.token.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Builds the emulator's services and routes once; {@link WxEmulator} only starts and stops them. */
final class Wiring {
    final Json json = new Json();
    final Accounts accounts;
    final Tokens tokens;
    final Faults faults;
    final Router router;
    final TicketEndpoints tickets;
    private final List<Resettable> resettables;

    Wiring(WxEmulator.Builder options) {
        Clock clock = options.clock;
        SecureRandom random = options.random;
        accounts = new Accounts(clock, random);
        tokens = new Tokens(clock, random);
        faults = new Faults(json, this::invalidateTokens);
        router = new Router(json, random, faults);
        new TokenEndpoints(accounts, tokens).routes(router);
        tickets = new TicketEndpoints(tokens, clock, random);
        tickets.routes(router);
        new ControlEndpoints(accounts, faults, this::reset).routes(router);
        resettables = List.of(faults, tokens, tickets, accounts);
    }

    /** Clears every piece of state (accounts, users, tokens, menus, orders, faults). */
    void reset() {
        resettables.forEach(Resettable::reset);
    }

    private void invalidateTokens(Request request) {
        String owner = tokens.ownerOf(request.query("access_token"));
        if (owner == null) {
            owner = request.query("appid");
        }
        if (owner != null) {
            tokens.invalidateAll(owner);
        } else {
            accounts.all().forEach(a -> tokens.invalidateAll(a.appId()));
        }
    }
}
