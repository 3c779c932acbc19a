package io.wxkit.modules.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of the forms module on H2, with a hand-moved clock. */
class FormsRulesTest {
    static final String VALID_ID = "11010519491231002X";
    ModuleTestContext t;
    FormsModule forms;
    final List<String> sent = new ArrayList<>();
    Instant opens;
    Instant closes;

    @BeforeEach
    void setUp() {
        t = new ModuleTestContext("forms");
        forms = FormsModule.create(t.builder().templates((openid, templateId, data, url) ->
                sent.add(openid + "|" + templateId + "|" + data.get("phrase2"))).build());
        opens = ModuleTestContext.START;
        closes = opens.plus(Duration.ofDays(2));
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    Form everyType() {
        return forms.forms().create(FormDraft.survey("Everything", opens, closes)
                .field(FormField.text("name", "姓名").mandatory().length(2, 10))
                .field(FormField.number("age", "年龄").range("0", "120"))
                .field(FormField.singleChoice("size", "尺码", "S", "M", "L").mandatory())
                .field(FormField.multipleChoice("days", "日期", "Sat", "Sun", "Mon").range("1", "2"))
                .field(FormField.date("day", "到达").range("2026-12-01", "2026-12-31"))
                .field(FormField.phone("phone", "手机"))
                .field(FormField.email("mail", "邮箱"))
                .field(FormField.idCard("id", "身份证号"))
                .field(FormField.media("photo", "照片", 2))
                .field(FormField.text("code", "工号").matching("E[0-9]{4}")), "staff-1");
    }

    static Map<String, List<String>> answers(String... kv) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1].split("\\|", -1)));
        }
        return m;
    }

    static Map<String, FieldProblem> problems(SubmitResult r) {
        assertThat(r).isInstanceOf(SubmitResult.Rejected.class);
        return ((SubmitResult.Rejected) r).errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::problem));
    }

    static Submission accepted(SubmitResult r) {
        assertThat(r).isInstanceOf(SubmitResult.Accepted.class);
        return ((SubmitResult.Accepted) r).submission();
    }

    @Test
    void everyWrongFieldIsReportedAtOnceWithItsOwnProblem() {
        Form f = everyType();
        SubmitResult r = forms.submissions().submit(f.id(), Participant.of("oA"), null, answers(
                "name", "x", "age", "200", "days", "Sat|Sun|Mon", "day", "2027-01-01", "phone", "12345",
                "mail", "not-mail", "id", "110105194912310021", "photo", "bad id!", "code", "X1", "extra", "?"));
        assertThat(problems(r)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("name", FieldProblem.TOO_SHORT), Map.entry("age", FieldProblem.OUT_OF_RANGE),
                Map.entry("size", FieldProblem.REQUIRED), Map.entry("days", FieldProblem.TOO_MANY_CHOICES),
                Map.entry("day", FieldProblem.OUT_OF_RANGE), Map.entry("phone", FieldProblem.INVALID_PHONE),
                Map.entry("mail", FieldProblem.INVALID_EMAIL), Map.entry("id", FieldProblem.ID_CARD_CHECKSUM),
                Map.entry("photo", FieldProblem.INVALID_MEDIA_ID), Map.entry("code", FieldProblem.PATTERN_MISMATCH),
                Map.entry("extra", FieldProblem.UNKNOWN_FIELD)));
        assertThat(forms.submissions().mine(f.id(), "oA")).isEmpty();
        // the details never echo the value (an ID number must not reach a log through an error message)
        ((SubmitResult.Rejected) r).errors().forEach(e -> assertThat(e.detail()).doesNotContain("110105194912310021"));
    }

    @Test
    void moreProblemsOfEachType() {
        Form f = everyType();
        assertThat(problems(forms.submissions().submit(f.id(), Participant.of("oA"), null, answers(
                "name", "abcdefghijk", "age", "twelve", "size", "XL", "days", "Sat|Sat", "day", "01/12/2026",
                "id", "1101051949123", "photo", "m1|m2|m3", "code", "E12\u00003")))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", FieldProblem.TOO_LONG, "age", FieldProblem.NOT_A_NUMBER, "size", FieldProblem.NOT_AN_OPTION,
                "days", FieldProblem.NOT_AN_OPTION, "day", FieldProblem.NOT_A_DATE, "id", FieldProblem.INVALID_ID_CARD,
                "photo", FieldProblem.TOO_MANY_CHOICES, "code", FieldProblem.PATTERN_MISMATCH));
        assertThat(problems(forms.submissions().submit(f.id(), Participant.of("oA"), null, answers(
                "name", "Li", "size", "S|M", "id", "11010520491231002X")))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "size", FieldProblem.TOO_MANY_VALUES, "id", FieldProblem.INVALID_ID_CARD)); // born in 2049
    }

    @Test
    void validAnswersAreNormalisedAndStored() {
        Form f = everyType();
        Submission s = accepted(forms.submissions().submit(f.id(), Participant.of("oA"), "203.0.113.9", answers(
                "name", " 李雷 ", "age", "30.50", "size", "M", "days", "Sun|Sat", "day", "2026-12-24",
                "phone", "+86 138-0013-8000", "mail", "li@example.com", "id", "11010519491231002x", "photo", "m1|m2",
                "code", "E1234")));
        assertThat(s.status()).isEqualTo(SubmissionStatus.CONFIRMED);
        assertThat(s.answers()).containsEntry("name", List.of("李雷")).containsEntry("days", List.of("Sat", "Sun"))
                .containsEntry("phone", List.of("13800138000")).containsEntry("id", List.of(VALID_ID))
                .containsEntry("age", List.of("30.50")).containsEntry("photo", List.of("m1", "m2"));
    }

    @Test
    void residentIdCheckCharacterFollowsGb11643() {
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.problem(VALID_ID, java.time.LocalDate.of(2026, 1, 1))).isNull();
        assertThat(ResidentId.problem("11010519490231002X", java.time.LocalDate.of(2026, 1, 1))).isEqualTo(FieldProblem.INVALID_ID_CARD);
        for (char c : "0123456789".toCharArray()) {
            String candidate = "44030419900307" + "12" + c;
            String id = candidate + ResidentId.checkCharacter(candidate);
            assertThat(ResidentId.problem(id, java.time.LocalDate.of(2026, 1, 1))).as(id).isNull();
        }
    }

    @Test
    void windowOncePerOpenidEditingUntilClose() {
        Form f = forms.forms().create(FormDraft.survey("Canteen", opens.plusSeconds(60), closes)
                .field(FormField.singleChoice("taste", "口味", "好", "一般", "差").mandatory()), "staff-1");
        assertThatThrownBy(() -> forms.submissions().submit(f.id(), Participant.of("oA"), null, answers("taste", "好")))
                .isInstanceOf(ModuleException.class).extracting(e -> ((ModuleException) e).code()).isEqualTo("FORM_NOT_OPEN");
        t.clock.advance(Duration.ofMinutes(1));
        Submission s = accepted(forms.submissions().submit(f.id(), Participant.of("oA"), null, answers("taste", "好")));
        assertThat(code(() -> forms.submissions().submit(f.id(), Participant.of("oA"), null, answers("taste", "差"))))
                .isEqualTo("ALREADY_SUBMITTED");
        Submission edited = accepted(forms.submissions().edit(s.id(), Participant.of("oA"), null, answers("taste", "差")));
        assertThat(edited.answers()).containsEntry("taste", List.of("差"));
        assertThat(problems(forms.submissions().edit(s.id(), Participant.of("oA"), null, answers("taste", "?"))))
                .containsEntry("taste", FieldProblem.NOT_AN_OPTION);
        assertThat(code(() -> forms.submissions().edit(s.id(), Participant.of("oB"), null, answers("taste", "好"))))
                .isEqualTo("SUBMISSION_NOT_FOUND");
        forms.forms().close(f.id(), "staff-1");
        assertThat(code(() -> forms.submissions().edit(s.id(), Participant.of("oA"), null, answers("taste", "好"))))
                .isEqualTo("FORM_CLOSED");
        assertThat(code(() -> forms.submissions().withdraw(s.id(), Participant.of("oA")))).isEqualTo("FORM_CLOSED");
        assertThat(code(() -> forms.forms().close(f.id(), "staff-1"))).isEqualTo("FORM_CLOSED");
        assertThat(forms.submissions().mine(f.id(), "oA")).extracting(x -> x.answers().get("taste")).containsExactly(List.of("差"));
        assertThat(sent).isEmpty(); // this form has no confirmation configured
    }

    @Test
    void manyPerOpenidAndResubmitAfterWithdrawal() {
        Form many = forms.forms().create(FormDraft.survey("Ideas", opens, closes).allowMany()
                .field(FormField.text("idea", "想法").mandatory()), "staff-1");
        accepted(forms.submissions().submit(many.id(), Participant.of("oA"), null, answers("idea", "one")));
        accepted(forms.submissions().submit(many.id(), Participant.of("oA"), null, answers("idea", "two")));
        assertThat(forms.submissions().mine(many.id(), "oA")).hasSize(2);
        Form once = forms.forms().create(FormDraft.registration("Once", opens, closes)
                .field(FormField.text("name", "姓名").mandatory()), "staff-1");
        Submission s = accepted(forms.submissions().submit(once.id(), Participant.of("oA"), null, answers("name", "Li")));
        assertThat(forms.submissions().withdraw(s.id(), Participant.of("oA"))).isEmpty();
        assertThat(code(() -> forms.submissions().withdraw(s.id(), Participant.of("oA")))).isEqualTo("ALREADY_WITHDRAWN");
        assertThat(accepted(forms.submissions().submit(once.id(), Participant.of("oA"), null, answers("name", "Li"))).status())
                .isEqualTo(SubmissionStatus.CONFIRMED);
    }

    @Test
    void capacityWaitingListPromotionAndConfirmations() {
        Form f = forms.forms().create(FormDraft.registration("Open day", opens, closes).capacity(2, 2)
                .confirmation(new Confirmation("T1", "thing1", "phrase2", "https://example.com/f"))
                .field(FormField.text("name", "姓名").mandatory()), "staff-1");
        List<Submission> s = new ArrayList<>();
        for (String who : List.of("o1", "o2", "o3", "o4")) {
            s.add(accepted(forms.submissions().submit(f.id(), Participant.of(who), null, answers("name", who))));
        }
        assertThat(s).extracting(Submission::status).containsExactly(SubmissionStatus.CONFIRMED, SubmissionStatus.CONFIRMED,
                SubmissionStatus.WAITING, SubmissionStatus.WAITING);
        assertThat(s.get(2).waitingPosition()).contains(1L);
        assertThat(forms.submissions().waitingAhead(s.get(3).id())).contains(1L);
        assertThat(code(() -> forms.submissions().submit(f.id(), Participant.of("o5"), null, answers("name", "x"))))
                .isEqualTo("FORM_FULL");
        Optional<Submission> promoted = forms.submissions().withdraw(s.get(0).id(), Participant.of("o1"));
        assertThat(promoted).map(Submission::id).contains(s.get(2).id());
        assertThat(promoted.get().status()).isEqualTo(SubmissionStatus.CONFIRMED);
        assertThat(forms.submissions().waitingAhead(s.get(3).id())).contains(0L);
        // a waiting withdrawal frees a waiting place and promotes nobody
        assertThat(forms.submissions().withdraw(s.get(3).id(), Participant.of("o4"))).isEmpty();
        Form now = forms.forms().find(f.id());
        assertThat(now.confirmed()).isEqualTo(2);
        assertThat(now.waiting()).isZero();
        assertThat(sent).containsExactly("o1|T1|报名成功", "o2|T1|报名成功", "o3|T1|候补中", "o4|T1|候补中", "o3|T1|报名成功");
    }

    @Test
    void aFailingNotifierDoesNotFailTheSubmission() {
        try (ModuleTestContext other = new ModuleTestContext("formsnotify")) {
            FormsModule m = FormsModule.create(other.builder().templates((o, tid, d, u) -> {
                throw new IllegalStateException("WeChat down");
            }).build());
            Form f = m.forms().create(FormDraft.registration("R", opens, closes)
                    .confirmation(new Confirmation("T1", "thing1", "phrase2", null))
                    .field(FormField.text("name", "姓名").mandatory()), "staff-1");
            assertThat(accepted(m.submissions().submit(f.id(), Participant.of("oA"), null, answers("name", "Li"))).id()).isPositive();
        }
    }

    @Test
    void statisticsPerQuestionSkipWithdrawn() {
        Form f = everyType();
        accepted(forms.submissions().submit(f.id(), Participant.of("o1"), null, answers("name", "Ann", "size", "S", "age", "20", "days", "Sat")));
        accepted(forms.submissions().submit(f.id(), Participant.of("o2"), null, answers("name", "Bob", "size", "S", "age", "31.5", "days", "Sat|Sun")));
        Submission gone = accepted(forms.submissions().submit(f.id(), Participant.of("o3"), null, answers("name", "Cy", "size", "L", "age", "99")));
        forms.submissions().withdraw(gone.id(), Participant.of("o3"));
        Map<String, QuestionStats> stats = forms.forms().statistics(f.id()).stream()
                .collect(Collectors.toMap(QuestionStats::field, s -> s));
        assertThat(stats.get("size").counts()).containsExactly(Map.entry("S", 2L), Map.entry("M", 0L), Map.entry("L", 0L));
        assertThat(stats.get("days").counts()).containsExactly(Map.entry("Sat", 2L), Map.entry("Sun", 1L), Map.entry("Mon", 0L));
        assertThat(stats.get("age").answered()).isEqualTo(2);
        assertThat(stats.get("age").min()).contains(new BigDecimal("20"));
        assertThat(stats.get("age").max()).contains(new BigDecimal("31.5"));
        assertThat(stats.get("age").sum()).contains(new BigDecimal("51.5"));
        assertThat(stats.get("phone").answered()).isZero();
    }

    @Test
    void csvExportIsStreamedFormulaSafeAndAudited() {
        Form f = forms.forms().create(FormDraft.survey("Export", opens, closes).allowMany()
                .field(FormField.text("name", "姓名").mandatory())
                .field(FormField.multipleChoice("days", "日期", "Sat", "Sun")), "staff-1");
        accepted(forms.submissions().submit(f.id(), Participant.of("o1"), null, answers("name", "=HYPERLINK(\"x\")", "days", "Sat|Sun")));
        for (int i = 0; i < 1200; i++) {
            accepted(forms.submissions().submit(f.id(), Participant.of("o2x" + (i % 2)), null, answers("name", "n" + i)));
        }
        StringWriter out = new StringWriter();
        assertThat(forms.forms().exportCsv(f.id(), "staff-9", out)).isEqualTo(1201);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(1202);
        assertThat(lines[0]).isEqualTo("submission_id,openid,status,waiting_ticket,submitted_at,updated_at,姓名,日期");
        assertThat(lines[1]).contains(",o1,CONFIRMED,,").endsWith(",\"'=HYPERLINK(\"\"x\"\")\",Sat; Sun");
        assertThat(lines[1201]).contains(",o2x1,CONFIRMED,").endsWith(",n1199,");
        assertThat(t.build().audit().list("forms", PageRequest.first(10)).items())
                .extracting(e -> e.actor() + " " + e.action()).contains("staff-9 form.export", "staff-1 form.create");
    }

    @Test
    void badDefinitionsAreRefusedWithInvalidForm() {
        assertThat(code(() -> FormField.singleChoice("a", "A"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> FormField.text("Bad Key", "A"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> FormField.text("a", "A").matching("(["))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> FormField.number("a", "A").range("5", "1"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> FormField.phone("a", "A").range("1", "2"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> forms.forms().create(FormDraft.survey("S", opens, opens), "s"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> forms.forms().create(FormDraft.survey("S", opens, closes).capacity(3, 0)
                .field(FormField.text("a", "A")), "s"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> forms.forms().create(FormDraft.survey("S", opens, closes)
                .field(FormField.text("a", "A")).field(FormField.text("a", "B")), "s"))).isEqualTo("INVALID_FORM");
        assertThat(code(() -> forms.forms().find(424242))).isEqualTo("FORM_NOT_FOUND");
        assertThat(code(() -> new Confirmation("T1", "thing1", "phrase2", "javascript:alert(1)"))).isEqualTo("INVALID_FORM");
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ModuleException e) {
            return e.code();
        }
        throw new AssertionError("expected a ModuleException");
    }
}
