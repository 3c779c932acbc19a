package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.DedupStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link DedupStore} promises (DESIGN §3, callbacks): one first delivery per key, replies kept. */
abstract class DedupStoreContract {
    static final Duration TTL = Duration.ofMinutes(1);

    abstract DedupStore store();

    static String messageKey() {
        return "wx-test:msg:" + UUID.randomUUID();
    }

    @Test
    void onlyTheFirstDeliveryIsFirstSeen() {
        String key = messageKey();
        assertThat(store().firstSeen(key, TTL)).isTrue();
        assertThat(store().firstSeen(key, TTL)).isFalse();
        assertThat(store().firstSeen(messageKey(), TTL)).isTrue();
    }

    @Test
    void sixtyFourRacingDeliveriesAreFirstSeenExactlyOnce() throws Exception {
        String key = messageKey();
        List<Boolean> firsts = Race.run(64, () -> store().firstSeen(key, TTL));
        assertThat(firsts).containsOnlyOnce(true).hasSize(64);
    }

    @Test
    void aRetryGetsTheReplySavedByTheFirstDelivery() {
        String key = messageKey();
        store().firstSeen(key, TTL);
        assertThat(store().reply(key)).isEmpty();
        store().saveReply(key, "<xml><Content><![CDATA[hi]]></Content></xml>", TTL);
        assertThat(store().reply(key)).contains("<xml><Content><![CDATA[hi]]></Content></xml>");
        assertThat(store().firstSeen(key, TTL)).as("a saved reply still marks the key as seen").isFalse();
    }

    @Test
    void anEmptyReplyIsKeptAsEmpty() {
        String key = messageKey();
        store().firstSeen(key, TTL);
        store().saveReply(key, "", TTL);
        assertThat(store().reply(key)).contains("");
    }

    @Test
    void unknownKeysHaveNoReply() {
        assertThat(store().reply(messageKey())).isEmpty();
    }
}
