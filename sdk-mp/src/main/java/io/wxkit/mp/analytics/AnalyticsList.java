package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire shape shared by every data-cube answer: {@code {"list":[...]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AnalyticsList<T>(@JsonProperty("list") List<T> list) {
    AnalyticsList {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
