package io.wxkit.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutFormTest {

    @Test
    void aCompleteAddressHasNoProblems() {
        assertThat(CheckoutForm.check("张三", "+86 138-0000-0000", "上海市浦东新区世纪大道 1 号")).isEmpty();
    }

    @Test
    void eachWrongFieldIsNamed() {
        Map<String, String> errors = CheckoutForm.check(" ", "12345", "");
        assertThat(errors).containsOnlyKeys("receiver", "phone", "address");
        assertThat(errors.get("phone")).contains("11 位");
    }

    @Test
    void overlongFieldsAreRefused() {
        assertThat(CheckoutForm.check("名".repeat(65), "13800000000", "路".repeat(301)))
                .containsOnlyKeys("receiver", "address");
    }

    @Test
    void fenAreShownAsYuan() {
        assertThat(ShopMessages.yuan(12800)).isEqualTo("128.00");
        assertThat(ShopMessages.yuan(1990)).isEqualTo("19.90");
        assertThat(ShopMessages.yuan(5)).isEqualTo("0.05");
    }

    @Test
    void payParametersCannotCloseTheScriptElement() {
        assertThat(PayParamsJson.of(Map.of("package", "prepay_id=</script><b>")))
                .isEqualTo("{\"package\":\"prepay_id=<\\/script><b>\"}");
    }
}
