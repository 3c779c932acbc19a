package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Test helper: the data-cube answer shape {@code {"list":[...]}} for parsing samples directly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AnalyticsList<T>(@JsonProperty("list") List<T> list) {
    AnalyticsList {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
