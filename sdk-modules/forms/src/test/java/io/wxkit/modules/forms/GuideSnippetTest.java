package io.wxkit.modules.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forms snippet of docs/guide/modules.md, as written there. */
class GuideSnippetTest {

    @Test
    void theGuideSnippetRuns() {
        try (ModuleTestContext t = new ModuleTestContext("formsguide")) {
            List<String> marked = new ArrayList<>();
            ModuleContext context = t.builder().templates((o, tid, d, u) -> marked.add("sent " + o)).build();
            Instant opensAt = ModuleTestContext.START;
            Instant closesAt = opensAt.plus(Duration.ofDays(7));
            String openid = "oGuide";
            String clientIp = "203.0.113.5";
            StringWriter writer = new StringWriter();

            FormsModule forms = FormsModule.create(context);
            Form f = forms.forms().create(FormDraft.registration("Open day", opensAt, closesAt)
                    .capacity(30, 10)
                    .confirmation(new Confirmation("TEMPLATE_ID", "thing1", "phrase2", "https://example.com/forms/7"))
                    .field(FormField.text("name", "姓名").mandatory().length(2, 20))
                    .field(FormField.phone("phone", "手机").mandatory())
                    .field(FormField.idCard("id", "身份证号").mandatory())
                    .field(FormField.singleChoice("session", "场次", "上午", "下午").mandatory())
                    .field(FormField.media("photo", "照片", 1)), "staff-1");

            SubmitResult r = forms.submissions().submit(f.id(), Participant.of(openid), clientIp,
                    Map.of("name", List.of("李雷"), "phone", List.of("+86 138-0013-8000"),
                            "id", List.of("11010519491231002X"), "session", List.of("上午")));
            if (r instanceof SubmitResult.Rejected no) {
                no.errors().forEach(e -> marked.add(e.field() + " " + e.problem()));
            } else if (r instanceof SubmitResult.Accepted ok) {
                assertThat(ok.submission().status()).isEqualTo(SubmissionStatus.CONFIRMED);
                long submissionId = ok.submission().id();
                Participant who = Participant.of(openid);
                Map<String, List<String>> answers = Map.of("name", List.of("韩梅梅"), "phone", List.of("13900139000"),
                        "id", List.of("11010519491231002X"), "session", List.of("下午"));
                forms.submissions().edit(submissionId, who, clientIp, answers);
                assertThat(forms.forms().statistics(f.id()).get(3).counts()).containsEntry("下午", 1L);
                assertThat(forms.forms().exportCsv(f.id(), "staff-1", writer)).isEqualTo(1);
                assertThat(forms.submissions().withdraw(submissionId, who)).isEmpty();
            }
            assertThat(marked).containsExactly("sent oGuide");
            assertThat(writer.toString()).contains("韩梅梅", "13900139000");
        }
    }
}
