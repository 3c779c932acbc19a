package io.wxkit.examples.admin.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.shop.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What staff type on the shop pages: yuan amounts and the order list's filters. */
class MoneyAndFilterTest {

    @Test
    void yuanParsesAtMostTwoDecimalsAndFormatsFen() {
        assertThat(Yuan.parse("68")).contains(6800L);
        assertThat(Yuan.parse(" 68.5 ")).contains(6850L);
        assertThat(Yuan.parse("0.05")).contains(5L);
        assertThat(Yuan.parse("68.505")).isEmpty();
        assertThat(Yuan.parse("-1")).isEmpty();
        assertThat(Yuan.parse("1e3")).isEmpty();
        assertThat(Yuan.parse(null)).isEmpty();
        assertThat(Yuan.format(6850)).isEqualTo("68.50");
        assertThat(Yuan.format(5)).isEqualTo("0.05");
        assertThat(Yuan.format(-2990)).isEqualTo("-29.90");
    }

    @Test
    void theOrderFilterNamesEachWrongFieldAndReadsDatesInChinaTime() {
        OrderFilter bad = new OrderFilter("SENT", "2026-13-01", "yesterday");
        assertThat(bad.errors()).containsOnlyKeys("status", "from", "to");
        assertThat(new OrderFilter("", "2026-12-03", "2026-12-01").errors()).containsOnlyKeys("to");

        OrderFilter ok = new OrderFilter("PAID", "2026-12-01", "2026-12-03");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.orderStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ok.fromInstant()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(ok.toInstant()).isEqualTo(Instant.parse("2026-12-03T16:00:00Z"));
        OrderFilter open = new OrderFilter(null, null, null);
        assertThat(open.errors()).isEmpty();
        assertThat(open.orderStatus()).isNull();
        assertThat(open.fromInstant()).isNull();
        assertThat(open.toInstant()).isNull();
    }
}
