package io.wxkit.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten-million-record benchmark in its smoke mode (10,000 then 20,000 rows per set in
 * {@code wxkit_scale_smoke}): every loader, every measured module call, the EXPLAIN capture and the chart
 * run, and a second run adds nothing — so the full run cannot rot.
 */
class ScaleBenchmarkSmokeTest {
    private static final String DB = "wxkit_scale_smoke";

    @Test
    void loadsMeasuresExplainsAndChartsAndASecondRunDoesNotDoubleTheData(@TempDir Path out) throws Exception {
        LocalPostgres.require("the scale benchmark");
        ScaleDatabase.recreate(DB);
        ScaleBenchmark.Options smoke = ScaleBenchmark.Options.smoke(out);
        List<ScaleBenchmark.Result> first = ScaleBenchmark.run(smoke);

        assertThat(first).extracting(ScaleBenchmark.Result::dataset).contains("forum", "vote", "sso", "shop");
        assertThat(first).allSatisfy(r -> {
            assertThat(r.timing().calls()).isEqualTo(smoke.calls());
            assertThat(r.timing().p99()).isGreaterThanOrEqualTo(r.timing().p50()).isPositive();
        });
        assertThat(first).filteredOn(r -> r.rows() == 20_000).hasSize(first.size() / 2);
        assertThat(generatedRows()).containsExactly(20_000L, 20_000L, 20_000L, 20_000L, 20_000L, 20_000L);

        String explain = Files.readString(out.resolve("explain-shop-20000.txt"));
        assertThat(explain).contains("FROM wxkit_shop_order WHERE openid = ('oheavybuyer", "actual time=", "Buffers:");
        assertThat(Files.readString(out.resolve("explain-forum-20000.txt"))).contains("wxkit_forum_reply", "actual time=");
        assertThat(Files.readString(out.resolve("explain-sso-20000.txt"))).contains("sso_binding", "Index");
        assertThat(Files.readString(out.resolve("explain-vote-20000.txt"))).contains("INSERT INTO wxkit_vote_ballot");
        BufferedImage chart = ImageIO.read(out.resolve("scale-latency.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(1200);
        assertThat(Files.readString(out.resolve("results.md"))).contains("| vote: cast", "| sso: binding openid -> account");

        ScaleBenchmark.run(smoke);
        assertThat(generatedRows()).as("a re-run resumes, never doubles").containsExactly(20_000L, 20_000L, 20_000L,
                20_000L, 20_000L, 20_000L);
    }

    /** The loaded rows of each big table (the services' own rows, ids from 10^12 up, left out). */
    private static List<Long> generatedRows() throws SQLException {
        String[] counts = {
            "SELECT COUNT(*) FROM wxkit_forum_reply",
            "SELECT COUNT(*) FROM wxkit_vote_ballot WHERE id < " + CopyLoader.SERVICE_IDS,
            "SELECT COUNT(*) FROM wxkit_vote_choice WHERE ballot_id < " + CopyLoader.SERVICE_IDS,
            "SELECT COUNT(*) FROM sso_binding",
            "SELECT COUNT(*) FROM wxkit_shop_order",
            "SELECT COUNT(*) FROM wxkit_shop_order_item",
        };
        try (Connection c = DriverManager.getConnection(ScaleDatabase.SERVER + DB, "postgres", "");
             Statement s = c.createStatement()) {
            List<Long> rows = new java.util.ArrayList<>();
            for (String sql : counts) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    rows.add(rs.getLong(1));
                }
            }
            return rows;
        }
    }
}
