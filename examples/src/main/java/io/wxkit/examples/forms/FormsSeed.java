package io.wxkit.examples.forms;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.modules.forms.Confirmation;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormDraft;
import io.wxkit.modules.forms.FormField;
import io.wxkit.modules.forms.FormsModule;
import java.time.Duration;
import java.time.Instant;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's survey (调研) and conference registration (会议报名: 5 places, then a waiting list of 3, a
 * confirmation template message). The forms module has no listing, so the demo remembers which forms it made.
 */
@Component
class FormsSeed implements DemoSeed {
    static final String CONFIRMATION_TEMPLATE_ID = "FORMS_REG_CONFIRM_01";

    private final FormsModule forms;
    private final DemoForms demoForms;
    private final String baseUrl;

    FormsSeed(FormsModule forms, DemoForms demoForms, Environment env) {
        this.forms = forms;
        this.demoForms = demoForms;
        this.baseUrl = env.getProperty("examples.public-base-url", "http://127.0.0.1:8080");
    }

    @Override
    public String name() {
        return "forms-survey-registration";
    }

    @Override
    public void seed() {
        Instant opens = Instant.now().minus(Duration.ofDays(1));
        Instant closes = opens.plus(Duration.ofDays(366));
        Form survey = forms.forms().create(FormDraft.survey("社区服务满意度调查", opens, closes)
                .description("占用您两分钟，帮助我们改进社区服务。Two minutes to help us improve.")
                .field(FormField.text("name", "称呼 Name").mandatory().length(1, 20))
                .field(FormField.phone("phone", "手机号 Mobile").mandatory())
                .field(FormField.singleChoice("satisfaction", "总体满意度 Overall", "非常满意", "满意", "一般", "不满意")
                        .mandatory())
                .field(FormField.multipleChoice("services", "常用服务 Services used", "图书室", "健身房", "老年食堂",
                        "儿童乐园").range("1", "4"))
                .field(FormField.text("advice", "建议 Suggestions").length(0, 500)), "demo-seed");
        Form conference = forms.forms().create(FormDraft.registration("2026 社区数字化论坛", opens, closes)
                .description("12 月 20 日 14:00，社区活动中心。名额 5 个，满额后可候补 3 人。5 places, then a waiting list of 3.")
                .capacity(5, 3)
                .confirmation(new Confirmation(CONFIRMATION_TEMPLATE_ID, "thing1", "phrase2", baseUrl + "/forms"))
                .field(FormField.text("name", "姓名 Name").mandatory().length(2, 20))
                .field(FormField.phone("phone", "手机号 Mobile").mandatory())
                .field(FormField.text("company", "单位 Organisation").length(0, 40))
                .field(FormField.singleChoice("session", "场次 Session", "主论坛", "分论坛 A", "分论坛 B").mandatory()),
                "demo-seed");
        demoForms.remember(survey.id());
        demoForms.remember(conference.id());
    }
}
