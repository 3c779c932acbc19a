package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules in order, every condition kind, continue, interceptors and the keyword query. */
class CallbackRoutingTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private long msgId = 1;

    private CallbackBuilder builder() {
        return CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock);
    }

    private String text(String content, String from) {
        return "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + (msgId++) + "</MsgId></xml>";
    }

    private String answer(CallbackHandler handler, String xml) {
        String body = handler.handle(wechat.plain(xml)).body();
        return body.equals("success") ? "success" : WeChat.element(body, "Content");
    }

    @Test
    void theContractChainAnswersTextsSubscribesAndMenuClicks() {
        CallbackHandler handler = builder()
                .on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, "order " + m.content()))
                .onEvent(Subscribe.class, e -> Reply.news(e, List.of(Article.of("Welcome", "Hi", null, "https://example.com"))))
                .onEvent(Click.class, "NEWS", e -> Reply.text(e, "today's news"))
                .build();

        assertThat(answer(handler, text("order 42", "oA"))).isEqualTo("order order 42");
        assertThat(answer(handler, text("hello", "oA"))).isEqualTo("success");
        String welcome = handler.handle(wechat.plain(Shared.sample("event-subscribe.xml"))).body();
        assertThat(WeChat.element(welcome, "MsgType")).isEqualTo("news");
        assertThat(WeChat.element(welcome, "Title")).isEqualTo("Welcome");
        assertThat(answer(handler, Shared.sample("event-click.xml").replace("EVENTKEY", "NEWS"))).isEqualTo("today's news");
        assertThat(answer(handler, Shared.sample("event-click.xml").replace("EVENTKEY", "OTHER"))).isEqualTo("success");
    }

    @Test
    void contentMatchesExactlyByPrefixOrByPattern() {
        CallbackHandler handler = builder()
                .rule(Rule.on(Text.class).content("help").reply(m -> Reply.text(m, "exact")))
                .rule(Rule.on(Text.class).contentPrefix("help").reply(m -> Reply.text(m, "prefix")))
                .rule(Rule.on(Text.class).contentMatches(Pattern.compile("\\d{6}")).reply(m -> Reply.text(m, "code")))
                .build();
        assertThat(answer(handler, text("help", "o"))).isEqualTo("exact");
        assertThat(answer(handler, text("help me", "o"))).isEqualTo("prefix");
        assertThat(answer(handler, text("123456", "o"))).isEqualTo("code");
        assertThat(answer(handler, text("1234567", "o"))).isEqualTo("success");
    }

    @Test
    void openidSetsAndPredicatesNarrowARule() {
        CallbackHandler handler = builder()
                .rule(Rule.on(Text.class).from(Set.of("oAdmin")).reply(m -> Reply.text(m, "admin")))
                .rule(Rule.on(Text.class).when(m -> m.content().length() > 5).reply(m -> Reply.text(m, "long")))
                .build();
        assertThat(answer(handler, text("hi", "oAdmin"))).isEqualTo("admin");
        assertThat(answer(handler, text("hi", "oUser"))).isEqualTo("success");
        assertThat(answer(handler, text("hello world", "oUser"))).isEqualTo("long");
    }

    @Test
    void eventNamesMatchCaseInsensitivelyIncludingUnknownEvents() {
        CallbackHandler handler = builder()
                .rule(Rule.on(Event.class).event("SUBSCRIBE").reply(e -> Reply.text(e, "typed")))
                .rule(Rule.on(InboundMessage.class).event("brand_new_event").eventKey("K1").reply(e -> Reply.text(e, "unknown")))
                .build();
        assertThat(answer(handler, Shared.sample("event-subscribe.xml"))).isEqualTo("typed");
        String unknown = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o]]></FromUserName>"
                + "<CreateTime>1700000001</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[brand_new_event]]></Event><EventKey><![CDATA[K1]]></EventKey></xml>";
        assertThat(answer(handler, unknown)).isEqualTo("unknown");
    }

    @Test
    void theFirstMatchingRuleWinsUnlessItContinuesAndThenTheLastReplyIsSent() {
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        CallbackHandler handler = builder()
                .rule(Rule.on(Text.class).thenContinue().handle((m, ctx) -> { ran.add("audit"); return null; }))
                .rule(Rule.on(Text.class).thenContinue().reply(m -> { ran.add("draft"); return Reply.text(m, "draft"); }))
                .rule(Rule.on(Text.class).contentPrefix("x").reply(m -> { ran.add("x"); return Reply.text(m, "final"); }))
                .rule(Rule.on(Text.class).reply(m -> { ran.add("never"); return Reply.text(m, "never"); }))
                .build();
        assertThat(answer(handler, text("xyz", "o"))).isEqualTo("final");
        assertThat(ran).containsExactly("audit", "draft", "x");
    }

    @Test
    void interceptorsEnrichTheContextAndRewriteTheReply() {
        CallbackHandler handler = builder()
                .interceptor(new CallbackInterceptor() {
                    @Override
                    public boolean before(CallbackContext ctx) {
                        ctx.put("account", "acct-" + ctx.openid());
                        return true;
                    }

                    @Override
                    public Reply after(CallbackContext ctx, Reply reply) {
                        return reply == null ? null : Reply.text(ctx.message(), "[" + ((io.wxkit.core.message.TextReply) reply).content() + "]");
                    }
                })
                .rule(Rule.on(Text.class).handle((m, ctx) -> Reply.text(m, ctx.get("account", String.class).orElse("none"))))
                .build();
        assertThat(answer(handler, text("who am i", "o42"))).isEqualTo("[acct-o42]");
    }

    @Test
    void anInterceptorCanShortCircuitWithItsOwnAnswer() {
        CallbackHandler handler = builder()
                .interceptor(new CallbackInterceptor() {
                    @Override
                    public boolean before(CallbackContext ctx) {
                        if (ctx.openid().equals("oBlocked")) {
                            ctx.answer(Reply.text(ctx.message(), "blocked"));
                            return false;
                        }
                        return true;
                    }
                })
                .on(Text.class, m -> Reply.text(m, "routed"))
                .build();
        assertThat(answer(handler, text("hi", "oBlocked"))).isEqualTo("blocked");
        assertThat(answer(handler, text("hi", "oFine"))).isEqualTo("routed");
    }

    @Test
    void otherwiseAnswersWhatNoRuleMatched() {
        CallbackHandler handler = builder().otherwise((m, ctx) -> Reply.text(m, "sorry, " + m.msgType())).build();
        assertThat(answer(handler, text("anything", "o"))).isEqualTo("sorry, text");
    }

    @Test
    void keywordQueriesLookUpTheArgumentAndAnswerTextOrNews() {
        CallbackHandler handler = builder()
                .rule(KeywordQuery.keywords("查询", "query").text(no -> no.isEmpty() ? "请输入单号" : "订单 " + no + " 已发货"))
                .rule(KeywordQuery.patterns(Pattern.compile("天气\\s*(\\S+)"))
                        .news(city -> List.of(Article.of(city + "天气", "晴", null, "https://example.com/w/" + city))))
                .rule(KeywordQuery.keywords("missing").text(x -> null))
                .build();
        assertThat(answer(handler, text("查询 12345", "o"))).isEqualTo("订单 12345 已发货");
        assertThat(answer(handler, text("QUERY 7", "o"))).isEqualTo("订单 7 已发货");
        assertThat(answer(handler, text("查询", "o"))).isEqualTo("请输入单号");
        String news = handler.handle(wechat.plain(text("天气 北京", "o"))).body();
        assertThat(WeChat.element(news, "Title")).isEqualTo("北京天气");
        assertThat(answer(handler, text("missing thing", "o"))).isEqualTo("success");
        assertThat(answer(handler, text("hello", "o"))).isEqualTo("success");
    }

    @Test
    void builderRefusesUnsafeSettings() {
        assertThatThrownBy(() -> builder().dedupTtl(Duration.ofSeconds(14))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().replyBudget(Duration.ofMillis(5001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().replyBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().timestampWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallbackHandler.builder("wx1", null, null).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> CallbackHandler.builder(null, "t", WeChat.AES_KEY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId");
        assertThatThrownBy(() -> CallbackHandler.builder("wx1", "t", "short").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
    }

    @Test
    void requestAndResponseKeepSecretsOutOfToString() {
        CallbackRequest r = wechat.plain(text("secret content", "o"));
        assertThat(r.toString()).doesNotContain(r.param("signature")).doesNotContain("secret content");
        assertThat(CallbackResponse.xml("<xml>secret</xml>").toString()).doesNotContain("secret");
    }
}
