package io.wxkit.examples.admin.business;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.sso.interfaces.InterfaceSpec;
import io.wxkit.sso.interfaces.ReplyTemplate;
import io.wxkit.sso.interfaces.Trigger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceFormTest {
    private static final InterfaceSpec STORED = InterfaceSpec.builder("orders", Trigger.keywords("订单", "order"), "crm")
            .get("https://crm.example.com/api/orders", "no={argument}").timeout(Duration.ofSeconds(2))
            .reply(ReplyTemplate.text("订单 {answer.status}")).build();

    @Test
    void theFormShowsATriggerAsItWasDefined() {
        assertThat(InterfaceForm.kindOf(STORED.trigger())).isEqualTo("keywords");
        assertThat(InterfaceForm.valueOf(STORED.trigger())).isEqualTo("订单, order");
        assertThat(InterfaceForm.valueOf(Trigger.regex("a(b)"))).isEqualTo("a(b)");
        assertThat(InterfaceForm.kindOf(Trigger.scanScene("s1"))).isEqualTo("scan");
    }

    @Test
    void anEditKeepsWhatTheFormDoesNotShow() {
        Map<String, String> errors = new HashMap<>();
        InterfaceSpec edited = new InterfaceForm("regex", "订单\\s*(\\d+)", "erp", "https://erp.example.com/orders", true, 3)
                .applyTo(STORED, errors);
        assertThat(errors).isEmpty();
        assertThat(edited.trigger()).isEqualTo(Trigger.regex("订单\\s*(\\d+)"));
        assertThat(edited.clientId()).isEqualTo("erp");
        assertThat(edited.method()).isEqualTo("GET");
        assertThat(edited.requestTemplate()).isEqualTo("no={argument}");
        assertThat(edited.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(edited.reply()).isEqualTo(STORED.reply());
    }

    @Test
    void aBrokenPatternOrEndpointIsAFieldError() {
        Map<String, String> errors = new HashMap<>();
        assertThat(new InterfaceForm("regex", "订单(", "crm", "https://crm.example.com/x", true, 1).applyTo(STORED, errors)).isNull();
        assertThat(errors).containsKey("value");
        errors.clear();
        assertThat(new InterfaceForm("exact", "订单", "crm", "not a url", true, 1).applyTo(STORED, errors)).isNull();
        assertThat(errors).containsKey("endpoint");
        errors.clear();
        assertThat(new InterfaceForm("exact", "订单", "", "https://crm.example.com/x", true, 1).applyTo(STORED, errors)).isNull();
        assertThat(errors).containsKey("clientId");
    }
}
