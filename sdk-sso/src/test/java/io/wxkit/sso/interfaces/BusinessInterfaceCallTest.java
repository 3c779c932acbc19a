package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.NewsReply;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.TextReply;
import io.wxkit.sso.audit.AuditEvent;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem.Behaviour;
import io.wxkit.sso.interfaces.testkit.InterfaceDb;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule's dispatch against the fake business system: answers, fallbacks, limits and escaping. */
class BusinessInterfaceCallTest {
    private static final AtomicLong MSG = new AtomicLong();

    private HikariDataSource ds;
    private Bizif b;
    private FakeBusinessSystem erp;
    private volatile String answer = "{\"status\":\"已发货\"}";

    @BeforeEach
    void start() {
        ds = InterfaceDb.H2.open("calls");
        Bizif.start(ds).close();
        InterfaceDb.clean(ds);
        b = Bizif.start(ds);
        IssuedCredentials erpCredentials = b.registerErp();
        erp = FakeBusinessSystem.start(erpCredentials.signingKey(), c -> answer);
        b.bind("oBound", "E-42");
    }

    @AfterEach
    void stop() {
        erp.close();
        b.close();
        ds.close();
    }

    @Test
    void aBoundUserGetsTheTemplatedAnswerAndTheSystemGetsTheArgumentOpenidAndAccount() {
        b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).build(), "admin:test");
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 2024-001")))).isEqualTo("订单 2024-001：已发货");
        FakeBusinessSystem.Received call = erp.received().get(0);
        assertThat(call.body().at("/request/no").asText()).isEqualTo("2024-001");
        assertThat(call.body().get("openid").asText()).isEqualTo("oBound");
        assertThat(call.body().get("account").asText()).isEqualTo("E-42");
        assertThat(b.interfaces.answer(msg("oBound", "你好"))).as("no trigger, no reply").isNull();
    }

    @Test
    void anUnboundOrSuspendedUserGetsTheBindLinkAndTheSystemIsNeverCalled() {
        b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).build(), "admin:test");
        String reply = text(b.interfaces.answer(msg("oStranger", "订单 1")));
        assertThat(reply).isEqualTo("请先绑定账号：" + Bizif.BASE + "/authorize?client_id=erp&redirect_uri="
                + "https%3A%2F%2Ferp.example.com%2Fsso%2Flanding&state=bind");
        b.sso.bindings().suspend("erp", "oBound", "admin:test");
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 1")))).startsWith("请先绑定账号：");
        assertThat(erp.received()).isEmpty();
        assertThat(b.sso.audit().forClient("erp", 20)).extracting(AuditEvent::outcome).contains("unbound");
    }

    @Test
    void slowFailingOversizedAndUnsignedAnswersBecomeTheFallbacksAndAreAudited() {
        b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).timeout(Duration.ofMillis(400))
                .maxAnswerBytes(1024).fallbacks(new Fallbacks("慢了 {argument}", "坏了 {argument}", "绑定 {bind_url}"))
                .build(), "admin:test");
        erp.behave(Behaviour.SLOW, Duration.ofMillis(1500));
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 1")))).isEqualTo("慢了 1");
        erp.behave(Behaviour.FAILING);
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 2")))).isEqualTo("坏了 2");
        erp.behave(Behaviour.OVERSIZED);
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 3")))).isEqualTo("坏了 3");
        erp.behave(Behaviour.UNSIGNED);
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 4")))).isEqualTo("坏了 4");
        erp.behave(Behaviour.BAD_SIGNATURE);
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 5")))).isEqualTo("坏了 5");
        erp.behave(Behaviour.NORMAL);
        answer = "not json";
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 6")))).isEqualTo("坏了 6");
        assertThat(b.sso.audit().forClient("erp", 50)).extracting(AuditEvent::outcome)
                .contains("timeout", "http_500", "oversized", "bad_signature", "not_json");
    }

    @Test
    void whatTheAnswerAndTheUserInsertIsEscapedAndTheReplyFitsWeChatsLimit() {
        b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).build(), "admin:test");
        answer = InterfaceJson.MAPPER.createObjectNode().put("status", "<a href=\"https://evil.example\">退款</a>")
                .toString();
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 <b>1</b>"))))
                .isEqualTo("订单 ＜b＞1＜/b＞：＜a href=\"https://evil.example\"＞退款＜/a＞");
        answer = InterfaceJson.MAPPER.createObjectNode().put("status", "很长".repeat(2000)).toString();
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 1"))).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(2048);
    }

    @Test
    void aMenuClickGetsNewsArticlesFromTheAnswerWithOnlyWebLinks() {
        b.interfaces.registry().create(InterfaceSpec.builder("my-orders", Trigger.menuClick("MY_ORDERS"), "erp")
                .get(erp.url("/wx/orders"), "").reply(ReplyTemplate.news("data.items", "title", "summary", "link", "cover"))
                .build(), "admin:test");
        ObjectNode root = InterfaceJson.MAPPER.createObjectNode();
        var items = root.putObject("data").putArray("items");
        items.addObject().put("title", "订单 1").put("summary", "已发货").put("link", "https://erp.example.com/o/1")
                .put("cover", "https://erp.example.com/c.png");
        items.addObject().put("title", "订单 2").put("link", "javascript:alert(1)");
        items.addObject().put("summary", "no title: skipped");
        answer = root.toString();
        Reply reply = b.interfaces.answer(new Click("gh_1", "oBound", Instant.now(), "MY_ORDERS"));
        assertThat(reply).isInstanceOfSatisfying(NewsReply.class, n -> {
            assertThat(n.articles()).hasSize(2);
            assertThat(n.articles().get(0).url()).isEqualTo("https://erp.example.com/o/1");
            assertThat(n.articles().get(0).picUrl()).isEqualTo("https://erp.example.com/c.png");
            assertThat(n.articles().get(1).url()).as("only http(s) links").isNull();
        });
        assertThat(erp.received().get(0).method()).isEqualTo("GET");
    }

    @Test
    void disabledInterfacesAndClientsStopAnsweringAndTheLowestPositionWins() {
        BusinessInterface order = b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).build(),
                "admin:test");
        BusinessInterface vip = b.interfaces.registry().create(InterfaceSpec.builder("vip", Trigger.regex("订单\\s*(V\\d+)"),
                "erp").post(erp.url("/wx/vip"), "{\"no\":\"{group1}\"}").reply(ReplyTemplate.text("VIP {group1}"))
                .build(), "admin:test");
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 V7")))).as("order is first").startsWith("订单 V7：");
        b.interfaces.registry().move(vip.id(), 1, 1, "admin:test");
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 V7")))).isEqualTo("VIP V7");
        b.interfaces.registry().disable(vip.id(), 2, "admin:test");
        b.interfaces.registry().disable(order.id(), 1, "admin:test");
        assertThat(b.interfaces.answer(msg("oBound", "订单 V7"))).isNull();
        b.interfaces.registry().enable(order.id(), 2, "admin:test");
        b.sso.clients().disable("erp", "admin:test");
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 1")))).isEqualTo(Fallbacks.DEFAULT.error());
    }

    @Test
    void usersRacingAnAdministratorsEditsAlwaysGetTheOldOrTheNewTemplateNeverNothing() throws Exception {
        BusinessInterface order = b.interfaces.registry().create(Bizif.orderSpec(erp.url("/wx/order")).build(),
                "admin:test");
        java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger(1);
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                b.interfaces.registry().update(order.id(), version.getAndIncrement(), order.spec().toBuilder()
                        .reply(ReplyTemplate.text((i % 2 == 0 ? "新" : "旧") + " {argument}：{answer.status}")).build(),
                        "admin:test");
            }
        });
        admin.start();
        java.util.List<Object> replies = io.wxkit.sso.interfaces.testkit.Race.run(24,
                () -> text(b.interfaces.answer(msg("oBound", "订单 9"))));
        admin.join();
        assertThat(replies).allSatisfy(r -> assertThat(r).isIn("订单 9：已发货", "新 9：已发货", "旧 9：已发货"));
        assertThat(b.interfaces.registry().history(order.id())).hasSize(11);
        assertThat(text(b.interfaces.answer(msg("oBound", "订单 9")))).isEqualTo("旧 9：已发货");
    }

    private static Text msg(String openid, String content) {
        return new Text("gh_1", openid, Instant.now(), MSG.incrementAndGet(), content);
    }

    private static String text(Reply r) {
        assertThat(r).isInstanceOf(TextReply.class);
        return ((TextReply) r).content();
    }
}
