package io.wxkit.modules.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The staff's lists behind the admin console: every form, and a form's submissions newest first, withdrawn ones too. */
class StaffListsTest {

    @Test
    void formsAndSubmissionsListNewestFirstInPages() {
        try (ModuleTestContext t = new ModuleTestContext("formsstaff")) {
            FormsModule forms = FormsModule.create(t.build());
            Form older = forms.forms().create(FormDraft.survey("Older", ModuleTestContext.START, ModuleTestContext.START.plus(Duration.ofDays(1)))
                    .field(FormField.singleChoice("taste", "口味", "好", "差").mandatory()), "staff-1");
            Form newer = forms.forms().create(FormDraft.survey("Newer", ModuleTestContext.START, ModuleTestContext.START.plus(Duration.ofDays(1)))
                    .field(FormField.text("note", "备注")), "staff-1");
            Page<Form> first = forms.forms().list(PageRequest.first(1));
            assertThat(first.items()).extracting(Form::title).containsExactly("Newer");
            assertThat(first.items().get(0).fields()).extracting(FormField::key).containsExactly("note");
            assertThat(forms.forms().list(PageRequest.after(first.next().orElseThrow(), 5)).items()).extracting(Form::id)
                    .containsExactly(older.id());

            long a = accepted(forms.submissions().submit(older.id(), Participant.of("oAnn"), "127.0.0.1", Map.of("taste", List.of("好"))));
            long b = accepted(forms.submissions().submit(older.id(), Participant.of("oBob"), "127.0.0.1", Map.of("taste", List.of("差"))));
            forms.submissions().withdraw(a, Participant.of("oAnn"));
            Page<Submission> one = forms.submissions().of(older.id(), PageRequest.first(1));
            assertThat(one.items()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(b);
                assertThat(s.answers()).containsEntry("taste", List.of("差"));
            });
            assertThat(forms.submissions().of(older.id(), PageRequest.after(one.next().orElseThrow(), 5)).items())
                    .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.WITHDRAWN));
            assertThat(forms.submissions().of(newer.id(), PageRequest.first(5)).items()).isEmpty();
        }
    }

    private static long accepted(SubmitResult r) {
        return ((SubmitResult.Accepted) r).submission().id();
    }
}
