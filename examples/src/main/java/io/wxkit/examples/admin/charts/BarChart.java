package io.wxkit.examples.admin.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * What {@code admin/js/charts.js} draws with ECharts: categories along the x axis and one bar (or line) series per
 * entry. Pages put {@link #json()} in a {@code data-chart} attribute (Thymeleaf escapes it there), never inside a
 * {@code <script>}: labels are user-typed text (vote options, form choices, product titles).
 *
 * @param categories the x axis labels
 * @param series     the values per label, in the same order
 */
public record BarChart(List<String> categories, List<Series> series) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /**
     * One series.
     *
     * @param name   the legend label
     * @param type   {@code bar} or {@code line}
     * @param values one number per category
     */
    public record Series(String name, String type, List<? extends Number> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            if (!type.equals("bar") && !type.equals("line")) {
                throw new IllegalArgumentException("type must be bar or line, got " + type);
            }
            values = List.copyOf(values);
        }

        public static Series bar(String name, List<? extends Number> values) {
            return new Series(name, "bar", values);
        }

        public static Series line(String name, List<? extends Number> values) {
            return new Series(name, "line", values);
        }
    }

    /** The chart as JSON. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart of strings and numbers always serializes", e);
        }
    }
}
