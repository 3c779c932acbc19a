package io.wxkit.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.Reply;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Allocation sanity check of the callback hot path (DESIGN §3 budget: encrypted ≤ 10 KB, plain ≤ 8 KB per
 * message for the whole handler). Not a benchmark: it measures bytes allocated per iteration on this thread
 * after warm-up and keeps generous headroom for the handler's own routing and dedup.
 */
class AllocationBudgetTest {
    private static final String XML = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
            + "<FromUserName><![CDATA[oUser_abc]]></FromUserName><CreateTime>1700000123</CreateTime>"
            + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[order 42]]></Content>"
            + "<MsgId>23456789012345678</MsgId></xml>";

    private final MessageCodec codec = MessageCodec.create(Clock.fixed(Instant.ofEpochSecond(1700000124), ZoneOffset.UTC));
    private final MessageCrypt crypt = MessageCrypt.create("pamtest", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            "wxb11529c136998cb6", new Vectors.FixedRandom("aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII)));

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counters");
        return ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private long perIteration(Runnable work) {
        for (int i = 0; i < 20_000; i++) {
            work.run();
        }
        int n = 2_000;
        long before = allocatedBytes();
        for (int i = 0; i < n; i++) {
            work.run();
        }
        return (allocatedBytes() - before) / n;
    }

    @Test
    void plainDecodeAndReplyStayWellUnderTheBudget() {
        long bytes = perIteration(() -> {
            InboundMessage m = codec.decode(XML);
            codec.encode(Reply.text(m, "ok"));
        });
        assertThat(bytes).as("bytes per plain decode+encode").isLessThan(4 * 1024);
        System.out.println("plain decode+encode allocates " + bytes + " bytes per message");
    }

    @Test
    void encryptedRoundTripStaysWellUnderTheBudget() {
        String body = codec.encode(Reply.text(codec.decode(XML), "x")); // any XML works for the envelope
        String encrypt = crypt.encrypt(XML);
        String envelope = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA["
                + encrypt + "]]></Encrypt></xml>";
        String signature = crypt.signature("1700000123", "nonce", encrypt);
        assertThat(body).isNotEmpty();
        long bytes = perIteration(() -> {
            String xml = crypt.decrypt(signature, "1700000123", "nonce", codec.decodeEnvelope(envelope).encrypt());
            InboundMessage m = codec.decode(xml);
            crypt.encryptReply(codec.encode(Reply.text(m, "ok")), "1700000124", "nonce");
        });
        assertThat(bytes).as("bytes per encrypted decode+encode").isLessThan(8 * 1024);
        System.out.println("encrypted round trip allocates " + bytes + " bytes per message");
    }
}
