package io.wxkit.modules.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.common.testkit.MutableClock;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On H2 and PostgreSQL (database {@code wxkit_forms_days}): the submissions per day over every form (the console's
 * module activity; a withdrawn one still counts on the day it was made), and a registration's participants by
 * status, each openid once, in the order of their first submission (the notice's recipients).
 */
class SubmissionsPerDayIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void submissionsPerDayAndParticipantsByStatus(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_forms_days", 4)) {
            MutableClock clock = new MutableClock(ModuleTestContext.START);
            FormsModule forms = FormsModule.create(ModuleContext.builder(ds).clock(clock)
                    .rateLimits(RateLimits.perMinute(1000, 10_000)).build());
            Form meeting = forms.forms().create(FormDraft.registration("Meeting", ModuleTestContext.START,
                    ModuleTestContext.START.plus(Duration.ofDays(5))).capacity(2, 5).field(FormField.text("name", "姓名")), "staff");
            Form survey = forms.forms().create(FormDraft.survey("Survey", ModuleTestContext.START,
                    ModuleTestContext.START.plus(Duration.ofDays(5))).field(FormField.text("note", "备注")), "staff");
            long ann = submit(forms, meeting, "oAnn");
            submit(forms, meeting, "oBob");
            submit(forms, survey, "oAnn");
            clock.advance(Duration.ofDays(1));
            submit(forms, meeting, "oCat");                        // full: waiting
            submit(forms, meeting, "oDan");                        // waiting
            forms.submissions().withdraw(ann, Participant.of("oAnn")); // Cat moves up

            LocalDate first = LocalDate.of(2026, 12, 1);
            assertThat(forms.submissions().perDay(first, first.plusDays(2))).containsExactly(new DailyCount(first, 3),
                    new DailyCount(first.plusDays(1), 2), new DailyCount(first.plusDays(2), 0));
            assertThat(forms.submissions().participants(meeting.id(), SubmissionStatus.CONFIRMED)).containsExactly("oBob", "oCat");
            assertThat(forms.submissions().participants(meeting.id(), SubmissionStatus.WAITING)).containsExactly("oDan");
            assertThat(forms.submissions().participants(meeting.id(), SubmissionStatus.WITHDRAWN)).containsExactly("oAnn");
            assertThat(forms.submissions().participants(survey.id(), SubmissionStatus.WAITING)).isEmpty();
            assertThatThrownBy(() -> forms.submissions().participants(9_999, SubmissionStatus.CONFIRMED))
                    .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("FORM_NOT_FOUND"));
        }
    }

    private static long submit(FormsModule forms, Form form, String openid) {
        String key = form.fields().get(0).key();
        SubmitResult r = forms.submissions().submit(form.id(), Participant.of(openid), null, Map.of(key, List.of("x " + openid)));
        return ((SubmitResult.Accepted) r).submission().id();
    }
}
