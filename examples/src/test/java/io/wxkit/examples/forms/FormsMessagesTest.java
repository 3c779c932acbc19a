package io.wxkit.examples.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.forms.FieldError;
import io.wxkit.modules.forms.FieldProblem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormsMessagesTest {

    @Test
    void everyFieldProblemHasChineseWords() {
        Arrays.stream(FieldProblem.values()).forEach(p ->
                assertThat(FormsMessages.of(new FieldError("phone", p, "detail"))).as(p.name())
                        .isNotBlank().doesNotContain("detail"));
        assertThat(FormsMessages.of(new FieldError("phone", FieldProblem.INVALID_PHONE, "x"))).contains("11 位");
    }
}
