package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.ticket.TicketStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TicketStore} promises (DESIGN §5): a ticket is redeemed at most once. */
abstract class TicketStoreContract {
    static final Duration TTL = Duration.ofMinutes(1);

    abstract TicketStore store();

    static String ticket() {
        return "ST-" + UUID.randomUUID();
    }

    @Test
    void aTicketIsTakenOnceThenIsGone() {
        String t = ticket();
        store().put(t, "openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M", TTL);
        assertThat(store().take(t)).contains("openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
        assertThat(store().take(t)).isEmpty();
    }

    @Test
    void anUnknownTicketIsEmpty() {
        assertThat(store().take(ticket())).isEmpty();
    }

    @Test
    void ticketsAreIndependent() {
        String a = ticket();
        String b = ticket();
        store().put(a, "a", TTL);
        store().put(b, "b", TTL);
        assertThat(store().take(b)).contains("b");
        assertThat(store().take(a)).contains("a");
    }

    @Test
    void sixtyFourRacingRedemptionsYieldThePayloadExactlyOnce() throws Exception {
        String t = ticket();
        store().put(t, "account=42", TTL);
        List<Optional<String>> taken = Race.run(64, () -> store().take(t));
        assertThat(taken).filteredOn(Optional::isPresent).containsExactly(Optional.of("account=42"));
    }
}
