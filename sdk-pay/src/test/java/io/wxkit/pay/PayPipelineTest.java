package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.bill.BillsApi;
import io.wxkit.pay.notification.NotificationsApi;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.payment.AppApi;
import io.wxkit.pay.payment.H5Api;
import io.wxkit.pay.payment.JsapiApi;
import io.wxkit.pay.payment.NativeApi;
import io.wxkit.pay.payment.TransactionsApi;
import io.wxkit.pay.redpack.RedPacketsApi;
import io.wxkit.pay.refund.RefundsApi;
import io.wxkit.pay.transfer.TransfersApi;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The feature APIs take the user-API PayPipeline, and only the one WxPay.builder() builds. */
class PayPipelineTest {

    /** A pipeline an application wrote itself: it cannot sign anything, so the features refuse it. */
    private static final PayPipeline FOREIGN = new PayPipeline() {
        @Override
        public String mchId() {
            return "1900000109";
        }

        @Override
        public String appId() {
            return "wx1";
        }
    };

    @Test
    void everyFeatureRefusesAPipelineWxPayDidNotBuild() {
        List<Function<PayPipeline, Object>> features = List.of(BillsApi::new, NotificationsApi::new, AppApi::new,
                H5Api::new, JsapiApi::new, NativeApi::new, TransactionsApi::new, RefundsApi::new, TransfersApi::new,
                p -> new RedPacketsApi(p, null, null, Duration.ofSeconds(1)));
        for (Function<PayPipeline, Object> feature : features) {
            assertThatThrownBy(() -> feature.apply(FOREIGN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a pipeline built by WxPay.builder()");
            assertThatThrownBy(() -> feature.apply(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("null");
        }
    }
}
