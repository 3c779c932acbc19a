package io.wxkit.emulator;

import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.account.EventPush;
import io.wxkit.emulator.internal.callback.CallbackDelivery;
import io.wxkit.emulator.internal.callback.DeliveryLog;
import io.wxkit.emulator.internal.control.ArticleActions;
import io.wxkit.emulator.internal.control.ContentActionEndpoints;
import io.wxkit.emulator.internal.control.ControlEndpoints;
import io.wxkit.emulator.internal.control.UserActionEndpoints;
import io.wxkit.emulator.internal.control.UserActions;
import io.wxkit.emulator.internal.fault.Faults;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.account.AccountToolEndpoints;
import io.wxkit.emulator.internal.mp.account.ApiQuotas;
import io.wxkit.emulator.internal.mp.article.Articles;
import io.wxkit.emulator.internal.mp.comment.CommentEndpoints;
import io.wxkit.emulator.internal.mp.comment.Comments;
import io.wxkit.emulator.internal.mp.datacube.DataCubeEndpoints;
import io.wxkit.emulator.internal.mp.draft.DraftEndpoints;
import io.wxkit.emulator.internal.mp.jssdk.TicketEndpoints;
import io.wxkit.emulator.internal.mp.kf.KfAccounts;
import io.wxkit.emulator.internal.mp.kf.KfEndpoints;
import io.wxkit.emulator.internal.mp.media.MediaEndpoints;
import io.wxkit.emulator.internal.mp.menu.MenuEndpoints;
import io.wxkit.emulator.internal.mp.menu.Menus;
import io.wxkit.emulator.internal.mp.message.MassEndpoints;
import io.wxkit.emulator.internal.mp.message.MessageEndpoints;
import io.wxkit.emulator.internal.mp.oauth.OAuthEndpoints;
import io.wxkit.emulator.internal.mp.oauth.OAuthGrants;
import io.wxkit.emulator.internal.mp.qrcode.QrCodeEndpoints;
import io.wxkit.emulator.internal.mp.qrcode.QrCodes;
import io.wxkit.emulator.internal.mp.qrcode.ShortKeyEndpoints;
import io.wxkit.emulator.internal.mp.subscribe.SubscribeTemplateEndpoints;
import io.wxkit.emulator.internal.mp.template.TemplateLibraryEndpoints;
import io.wxkit.emulator.internal.mp.token.TokenEndpoints;
import io.wxkit.emulator.internal.mp.token.Tokens;
import io.wxkit.emulator.internal.mp.user.BlacklistEndpoints;
import io.wxkit.emulator.internal.mp.user.TagEndpoints;
import io.wxkit.emulator.internal.mp.user.UserEndpoints;
import io.wxkit.emulator.internal.pay.PayModule;
import io.wxkit.emulator.internal.web.WebEndpoints;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Builds the emulator's services and routes once; {@link WxEmulator} only starts and stops them. */
final class Wiring {
    final Json json = new Json();
    final Clock clock;
    final SecureRandom random;
    final Accounts accounts;
    final Tokens tokens;
    final Faults faults;
    final Router router;
    final Menus menus = new Menus();
    final OAuthGrants oauth;
    final DeliveryLog deliveries;
    final CallbackDelivery delivery;
    final UserActions actions;
    final PayModule pay;
    final ActivityLog activity = new ActivityLog();
    final Articles articles = new Articles();
    final Comments comments = new Comments(articles);
    final ArticleActions articleActions;
    final KfAccounts kfAccounts;
    private final List<Resettable> resettables = new ArrayList<>();

    Wiring(WxEmulator.Builder options, Executor executor, ScheduledExecutorService scheduler) {
        clock = options.clock;
        random = options.random;
        accounts = new Accounts(clock, random);
        tokens = new Tokens(clock, random);
        faults = new Faults(json, this::invalidateTokens);
        ApiQuotas quotas = new ApiQuotas(tokens, clock);
        router = new Router(json, random, request -> {
            quotas.count(request); // WeChat counts a call against the quota whatever its answer
            return faults.before(request);
        });
        oauth = new OAuthGrants(clock, random);
        deliveries = new DeliveryLog(activity);
        delivery = new CallbackDelivery(accounts, clock, random, options.callbackTimeout, executor, deliveries);
        EventPush events = delivery;
        QrCodes qrCodes = new QrCodes(clock, random);
        new QrCodeEndpoints(tokens, qrCodes, clock).routes(router);
        actions = new UserActions(accounts, menus, qrCodes, delivery, clock, random, activity);
        new UserActionEndpoints(actions, deliveries).routes(router);
        new TokenEndpoints(accounts, tokens).routes(router);
        TicketEndpoints tickets = new TicketEndpoints(tokens, clock, random);
        tickets.routes(router);
        new MenuEndpoints(accounts, tokens, menus).routes(router);
        TagEndpoints tags = new TagEndpoints(accounts, tokens);
        new UserEndpoints(accounts, tokens).routes(router, tags);
        new MessageEndpoints(accounts, tokens, events, clock, activity).routes(router);
        new OAuthEndpoints(accounts, oauth).routes(router);
        MediaEndpoints media = new MediaEndpoints(tokens, clock, random);
        media.routes(router);
        MassEndpoints mass = new MassEndpoints(accounts, tokens, events, clock, media, articles, activity);
        mass.routes(router);
        DraftEndpoints drafts = new DraftEndpoints(tokens, media, events, clock, articles);
        drafts.routes(router);
        KfEndpoints kf = new KfEndpoints(accounts, tokens, activity, clock);
        kf.routes(router);
        BlacklistEndpoints blacklist = new BlacklistEndpoints(accounts, tokens);
        blacklist.routes(router);
        new CommentEndpoints(tokens, comments, clock).routes(router);
        TemplateLibraryEndpoints templateLibrary = new TemplateLibraryEndpoints(tokens, clock, random);
        templateLibrary.routes(router);
        SubscribeTemplateEndpoints subscribeTemplates = new SubscribeTemplateEndpoints(tokens, random);
        subscribeTemplates.routes(router);
        ShortKeyEndpoints shortKeys = new ShortKeyEndpoints(tokens, clock, random);
        shortKeys.routes(router);
        new AccountToolEndpoints(accounts, tokens, quotas).routes(router);
        new DataCubeEndpoints(tokens, activity, articles, clock).routes(router);
        articleActions = new ArticleActions(accounts, articles, comments, activity, clock);
        kfAccounts = kf.accounts();
        new ContentActionEndpoints(articleActions, kfAccounts, clock).routes(router);
        pay = new PayModule(router, accounts, json, clock, random, executor, scheduler,
                new PayModule.Options(options.notifyRetries, options.callbackTimeout));
        new ControlEndpoints(accounts, faults, this::reset).routes(router);
        new WebEndpoints().routes(router);
        resettables.addAll(List.of(faults, tokens, tickets, menus, tags, mass, oauth, qrCodes, deliveries, pay, media,
                drafts, accounts));
        resettables.addAll(List.of(activity, articles, comments, kf, blacklist, templateLibrary, subscribeTemplates,
                shortKeys, quotas, router.rids()));
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
