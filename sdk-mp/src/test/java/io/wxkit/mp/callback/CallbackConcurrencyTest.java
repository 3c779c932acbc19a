package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.TextReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Duplicates, the 5-second window, failures and load: raced, with latches instead of sleeps. */
class CallbackConcurrencyTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private CallbackBuilder builder() {
        return CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
                .errorHook((m, e) -> errors.add(e));
    }

    @Test
    void theSameMessageDeliveredThreeTimesConcurrentlyIsHandledOnceAndEveryCopyGetsTheReply() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CallbackHandler handler = builder().on(Text.class, m -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
            return Reply.text(m, "handled " + m.msgId());
        }).build();
        String xml = Shared.sample("inbound-text.xml");

        List<Future<CallbackResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CallbackRequest delivery = wechat.safe(xml);
            answers.add(pool.submit(() -> handler.handle(delivery)));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();

        for (Future<CallbackResponse> a : answers) {
            CallbackResponse r = a.get(10, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(200);
            assertThat(WeChat.element(wechat.open(r.body()), "Content")).isEqualTo("handled 1234567890123456");
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameEventDeliveredThreeTimesIsHandledOnce() {
        AtomicInteger runs = new AtomicInteger();
        CallbackHandler handler = builder().onEvent(Click.class, "EVENTKEY", e -> {
            runs.incrementAndGet();
            return Reply.text(e, "clicked");
        }).build();
        for (int i = 0; i < 3; i++) {
            CallbackResponse r = handler.handle(wechat.plain(Shared.sample("event-click.xml")));
            assertThat(WeChat.element(r.body(), "Content")).isEqualTo("clicked");
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSlowAsyncHandlerGetsSuccessWithinTheBudgetAndItsReplyIsSentLate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Reply> late = new CompletableFuture<>();
        AtomicInteger runs = new AtomicInteger();
        CallbackHandler handler = builder().replyBudget(Duration.ofMillis(100)).executor(pool)
                .lateReplies(late::complete)
                .rule(Rule.on(Text.class).async().reply(m -> {
                    runs.incrementAndGet();
                    await(release);
                    return Reply.text(m, "finally");
                }))
                .build();
        String xml = Shared.sample("inbound-text.xml");

        CallbackResponse first = handler.handle(wechat.safe(xml));
        assertThat(first.body()).isEqualTo("success");
        assertThat(late).isNotDone();
        CallbackResponse retry = handler.handle(wechat.safe(xml));
        assertThat(retry.body()).isEqualTo("success");

        release.countDown();
        Reply sent = late.get(10, TimeUnit.SECONDS);
        assertThat(sent).isEqualTo(new TextReply("fromUser", "toUser", "finally"));
        assertThat(handler.handle(wechat.safe(xml)).body()).isEqualTo("success");
        assertThat(runs).hasValue(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFastAsyncHandlerIsAnsweredPassivelyOnAnExecutorThread() {
        Thread caller = Thread.currentThread();
        CallbackHandler handler = builder().executor(pool)
                .rule(Rule.on(Text.class).async().reply(m ->
                        Reply.text(m, Thread.currentThread() == caller ? "caller" : "executor")))
                .build();
        CallbackResponse r = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));
        assertThat(WeChat.element(r.body(), "Content")).isEqualTo("executor");
    }

    @Test
    void asyncRulesWithoutAnExecutorUseTheHandlersOwnThreads() {
        try (CallbackHandler handler = builder()
                .rule(Rule.on(Text.class).async().reply(m -> Reply.text(m, Thread.currentThread().getName())))
                .build()) {
            CallbackResponse r = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));
            assertThat(WeChat.element(r.body(), "Content")).startsWith("wxkit-callback-");
        }
    }

    @Test
    void aLateReplyWithoutASenderIsReportedNotLost() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
                .replyBudget(Duration.ofMillis(50)).executor(pool)
                .errorHook((m, e) -> { errors.add(e); reported.countDown(); })
                .rule(Rule.on(Text.class).async().reply(m -> { await(release); return Reply.text(m, "late"); }))
                .build();
        assertThat(handler.handle(wechat.plain(Shared.sample("inbound-text.xml"))).body()).isEqualTo("success");
        release.countDown();
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(errors.get(0)).hasMessageContaining("no late-reply sender");
    }

    @Test
    void aHandlerThatThrowsIsAnsweredSuccessAndReportedToTheHookAndInterceptors() {
        IllegalStateException boom = new IllegalStateException("business system down");
        List<RuntimeException> seenByInterceptor = new CopyOnWriteArrayList<>();
        CallbackHandler handler = builder()
                .interceptor(new CallbackInterceptor() {
                    @Override
                    public void onError(CallbackContext context, RuntimeException error) {
                        seenByInterceptor.add(error);
                    }
                })
                .on(Text.class, m -> { throw boom; }).build();

        CallbackResponse r = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("success");
        assertThat(errors).containsExactly(boom);
        assertThat(seenByInterceptor).containsExactly(boom);
    }

    @Test
    void aThousandConcurrentDistinctMessagesAreRoutedNoneLostNoneAnsweredTwice() throws Exception {
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        CallbackHandler handler = builder().on(Text.class, m -> {
            if (!handled.add(m.msgId())) {
                twice.incrementAndGet();
            }
            return Reply.text(m, Long.toString(m.msgId()));
        }).build();
        String template = Shared.sample("inbound-text.xml");

        List<Future<CallbackResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            CallbackRequest request = i % 2 == 0
                    ? wechat.plain(template.replace("1234567890123456", Long.toString(5_000_000_000L + i)))
                    : wechat.safe(template.replace("1234567890123456", Long.toString(5_000_000_000L + i)));
            answers.add(pool.submit(() -> handler.handle(request)));
        }
        for (int i = 0; i < 1000; i++) {
            CallbackResponse r = answers.get(i).get(30, TimeUnit.SECONDS);
            String body = i % 2 == 0 ? r.body() : wechat.open(r.body());
            assertThat(WeChat.element(body, "Content")).isEqualTo(Long.toString(5_000_000_000L + i));
        }
        assertThat(handled).hasSize(1000);
        assertThat(twice).hasValue(0);
        assertThat(errors).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
