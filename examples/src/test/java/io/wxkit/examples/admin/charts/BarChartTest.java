package io.wxkit.examples.admin.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart data the module pages hand to charts.js. */
class BarChartTest {

    @Test
    void serialisesCategoriesAndSeriesAsJsonWithUserTextEscapedByJackson() {
        BarChart chart = new BarChart(List.of("读书会", "\"</script>"), List.of(BarChart.Series.bar("票数", List.of(5, 3))));
        assertThat(chart.json()).isEqualTo("{\"categories\":[\"读书会\",\"\\\"</script>\"],"
                + "\"series\":[{\"name\":\"票数\",\"type\":\"bar\",\"values\":[5,3]}]}");
    }

    @Test
    void refusesASeriesThatDoesNotMatchTheCategoriesOrAnUnknownType() {
        assertThatThrownBy(() -> new BarChart(List.of("a", "b"), List.of(BarChart.Series.bar("n", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> new BarChart.Series("n", "pie", List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
