package io.wxkit.modules.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.Race;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 200 registrants at once on H2, PostgreSQL and MariaDB (database {@code wxkit_forms}, 25 connections):
 * never over capacity, the waiting list holds tickets 1..N in exactly the commit order, one submission per
 * openid even when the same openid races itself, and simultaneous withdrawals promote exactly the head of
 * the waiting list.
 */
class FormsCapacityRaceIT {
    static final int THREADS = 200;
    static final int CAPACITY = 50;
    static final int WAITING = 30;
    static final Duration DEADLINE = Duration.ofMinutes(3);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void neverOverCapacityAndWaitingListOrderExact(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_forms", 25)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            FormsModule forms = FormsModule.create(context);
            Form form = forms.forms().create(FormDraft.registration("Race", Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(1))).capacity(CAPACITY, WAITING)
                    .field(FormField.text("name", "姓名").mandatory()), "staff");
            // 180 distinct openids; openids 0..19 send a second registration at the same moment
            List<Race.Outcome<SubmitResult>> outcomes = Race.run(THREADS, DEADLINE, i -> () -> forms.submissions()
                    .submit(form.id(), Participant.of("oReg" + (i < 180 ? i : i - 180)), null, Map.of("name", List.of("n" + i))));
            Map<String, Long> codes = codes(outcomes);
            assertThat(codes.get("OK")).isEqualTo(CAPACITY + WAITING);
            assertThat(codes.keySet()).containsOnly("OK", "FORM_FULL", "ALREADY_SUBMITTED");
            List<Submission> stored = outcomes.stream().filter(Race.Outcome::ok)
                    .map(o -> ((SubmitResult.Accepted) o.value()).submission()).toList();
            assertThat(stored.stream().map(Submission::openid).distinct()).hasSize(CAPACITY + WAITING);
            assertThat(stored.stream().filter(s -> s.status() == SubmissionStatus.CONFIRMED)).hasSize(CAPACITY);
            List<Submission> waiting = stored.stream().filter(s -> s.status() == SubmissionStatus.WAITING)
                    .sorted(Comparator.comparing(Submission::id)).toList();
            // tickets 1..30, no gap, no repeat, and ascending in the order the rows were committed
            assertThat(waiting).extracting(s -> s.waitingPosition().orElseThrow())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, WAITING).boxed().toList());
            // every confirmed place was committed before every waiting ticket
            long lastConfirmed = stored.stream().filter(s -> s.status() == SubmissionStatus.CONFIRMED).mapToLong(Submission::id).max().orElseThrow();
            assertThat(waiting.get(0).id()).isGreaterThan(lastConfirmed);
            assertDatabaseAgrees(context.jdbi(), form.id(), CAPACITY, WAITING);

            // 20 confirmed registrants withdraw at once: exactly tickets 1..20 are promoted
            List<Submission> leaving = stored.stream().filter(s -> s.status() == SubmissionStatus.CONFIRMED).limit(20).toList();
            List<Race.Outcome<Optional<Submission>>> withdrawals = Race.run(leaving.size(), DEADLINE, i -> () ->
                    forms.submissions().withdraw(leaving.get(i).id(), Participant.of(leaving.get(i).openid())));
            assertThat(withdrawals).allMatch(Race.Outcome::ok);
            assertThat(withdrawals.stream().map(o -> o.value().orElseThrow().id()).sorted().toList())
                    .containsExactlyElementsOf(waiting.subList(0, 20).stream().map(Submission::id).toList());
            assertDatabaseAgrees(context.jdbi(), form.id(), CAPACITY, WAITING - 20);
            assertThat(forms.submissions().waitingAhead(waiting.get(20).id())).contains(0L);

            // 20 more confirmed leave while 60 newcomers register, all at once: never over capacity, the 10
            // still waiting are promoted first, and newcomers' tickets continue the sequence without gaps
            List<Submission> leavingToo = stored.stream().filter(s -> s.status() == SubmissionStatus.CONFIRMED).skip(20).limit(20).toList();
            List<Race.Outcome<Object>> mixed = Race.run(80, DEADLINE, i -> () -> i < 20
                    ? forms.submissions().withdraw(leavingToo.get(i).id(), Participant.of(leavingToo.get(i).openid()))
                    : forms.submissions().submit(form.id(), Participant.of("oNew" + i), null, Map.of("name", List.of("m" + i))));
            assertThat(mixed.subList(0, 20)).allMatch(Race.Outcome::ok);
            Map<String, Long> late = codes(mixed.subList(20, 80));
            Form after = forms.forms().find(form.id());
            assertThat(after.confirmed()).isEqualTo(CAPACITY);
            assertThat(after.waiting()).isLessThanOrEqualTo(WAITING);
            assertDatabaseAgrees(context.jdbi(), form.id(), CAPACITY, after.waiting());
            // 40 old registrations stay active, so every accepted newcomer is one of the 50 + waiting active now
            assertThat(late.keySet()).isSubsetOf("OK", "FORM_FULL");
            assertThat(late.get("OK")).isEqualTo(CAPACITY + after.waiting() - 40L);
            List<Long> tickets = context.jdbi().withHandle(h -> h.createQuery("SELECT waiting_position FROM wxkit_forms_submission"
                    + " WHERE form_id = :f AND status = 'WAITING' ORDER BY id").bind("f", form.id()).mapTo(Long.class).list());
            assertThat(tickets).isSorted().doesNotHaveDuplicates().allMatch(p -> p > WAITING);
            assertThat(waiting.subList(20, WAITING)).allMatch(w -> forms.submissions().mine(form.id(), w.openid()).get(0).status()
                    == SubmissionStatus.CONFIRMED);
        }
    }

    static void assertDatabaseAgrees(Jdbi jdbi, long formId, int confirmed, int waiting) {
        Form f = jdbi.withHandle(h -> FormRows.find(h, formId, false).orElseThrow());
        assertThat(f.confirmed()).isEqualTo(confirmed);
        assertThat(f.waiting()).isEqualTo(waiting);
        Map<String, Integer> rows = jdbi.withHandle(h -> h.createQuery("SELECT status, COUNT(*) FROM wxkit_forms_submission"
                        + " WHERE form_id = :f GROUP BY status").bind("f", formId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(rows.getOrDefault("CONFIRMED", 0)).isEqualTo(confirmed);
        assertThat(rows.getOrDefault("WAITING", 0)).isEqualTo(waiting);
    }

    static Map<String, Long> codes(List<? extends Race.Outcome<?>> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy((Function<Race.Outcome<?>, String>) o -> {
            if (o.ok()) {
                return "OK";
            }
            return o.error() instanceof ModuleException m ? m.code() : o.error().toString();
        }, Collectors.counting()));
    }
}
