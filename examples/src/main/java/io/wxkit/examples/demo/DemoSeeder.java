package io.wxkit.examples.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DemoSeed}s: each database seed once (remembered in {@code examples_demo_seed}, so a restart on
 * the same H2 file or PostgreSQL database does not duplicate the demo), then every seed's {@code everyStart}.
 * Off with {@code examples.demo-data=false} (for a real deployment).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "examples.demo-data", havingValue = "true", matchIfMissing = true)
class DemoSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final JdbcTemplate jdbc;
    private final List<DemoSeed> seeds;

    DemoSeeder(JdbcTemplate jdbc, List<DemoSeed> seeds) {
        this.jdbc = jdbc;
        this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)
                .thenComparing(DemoSeed::name)).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS examples_demo_seed (name VARCHAR(64) PRIMARY KEY, "
                + "seeded_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        for (DemoSeed seed : seeds) {
            Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM examples_demo_seed WHERE name = ?",
                    Integer.class, seed.name());
            if (done == null || done == 0) {
                seed.seed();
                jdbc.update("INSERT INTO examples_demo_seed (name) VALUES (?)", seed.name());
                log.info("demo data: {} seeded", seed.name());
            }
        }
        seeds.forEach(DemoSeed::everyStart);
    }
}
