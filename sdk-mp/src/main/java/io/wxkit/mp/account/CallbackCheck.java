package io.wxkit.mp.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The result of WeChat probing the account's callback URL ({@code cgi-bin/callback/check}): how
 * the URL's domain resolved and how pings from each carrier went.
 *
 * @param dns the resolved addresses
 * @param ping the ping results
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackCheck(@JsonProperty("dns") List<Dns> dns, @JsonProperty("ping") List<Ping> ping) {

    /**
     * Copies the lists; missing ones become empty.
     *
     * @param dns the resolved addresses, or null
     * @param ping the ping results, or null
     */
    public CallbackCheck {
        dns = dns == null ? List.of() : List.copyOf(dns);
        ping = ping == null ? List.of() : List.copyOf(ping);
    }

    /**
     * One resolved address.
     *
     * @param ip the address
     * @param realOperator the carrier it belongs to, e.g. {@code UNICOM}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dns(@JsonProperty("ip") String ip, @JsonProperty("real_operator") String realOperator) {
    }

    /**
     * One ping result.
     *
     * @param ip the address pinged
     * @param fromOperator the carrier pinged from
     * @param packageLoss the loss as WeChat formats it, e.g. {@code 0%}
     * @param time the average time as WeChat formats it, e.g. {@code 23.079ms}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ping(@JsonProperty("ip") String ip, @JsonProperty("from_operator") String fromOperator,
            @JsonProperty("package_loss") String packageLoss, @JsonProperty("time") String time) {
    }

    /** What to check ({@code action}). */
    public enum Action {
        /** DNS resolution only ({@code dns}). */
        DNS("dns"),
        /** Ping only ({@code ping}). */
        PING("ping"),
        /** Both ({@code all}). */
        ALL("all");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        String wireName() {
            return wireName;
        }
    }

    /** Which carrier to check from ({@code check_operator}). */
    public enum Operator {
        /** China Telecom ({@code CHINANET}). */
        CHINANET,
        /** China Unicom ({@code UNICOM}). */
        UNICOM,
        /** China Mobile ({@code CAP}). */
        CAP,
        /** Chosen by the server's carrier ({@code DEFAULT}). */
        DEFAULT
    }
}
