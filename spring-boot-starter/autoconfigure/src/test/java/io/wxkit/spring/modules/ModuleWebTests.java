package io.wxkit.spring.modules;

import io.wxkit.modules.shop.ShopPay;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * One web application context for every module endpoint test (all six modules on one H2 database), built
 * once per JVM: starting it migrates six schemas, which is too slow to repeat per test.
 */
public final class ModuleWebTests {
    private static MockMvc mvc;
    private static AnnotationConfigWebApplicationContext context;

    private ModuleWebTests() {
    }

    public static synchronized MockMvc mvc() {
        if (mvc == null) {
            context = new AnnotationConfigWebApplicationContext();
            context.setServletContext(new MockServletContext());
            TestPropertyValues.of("wxkit.store=memory", "wxkit.modules.vote.enabled=true", "wxkit.modules.lottery.enabled=true",
                    "wxkit.modules.forum.enabled=true", "wxkit.modules.shop.enabled=true", "wxkit.modules.forms.enabled=true",
                    "wxkit.modules.member.enabled=true", "wxkit.modules.member.card-secret=" + WxModulesAutoConfigurationTest.CARD_SECRET,
                    "wxkit.modules.max-body-bytes=4096", "wxkit.modules.rate-limit.per-openid=1000",
                    "wxkit.modules.rate-limit.per-ip=10000").applyTo(context);
            context.register(App.class);
            context.refresh();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            mvc = MockMvcBuilders.webAppContextSetup(context).build();
        }
        return mvc;
    }

    public static <T> T bean(Class<T> type) {
        mvc();
        return context.getBean(type);
    }

    /** A value of a JSON answer by JSON path ({@code $.id}, {@code $[0].code}). */
    public static <T> T read(String json, String path) {
        return com.jayway.jsonpath.JsonPath.read(json, path);
    }

    /** The {@code id} of a JSON answer. */
    public static long id(String json) {
        return ((Number) read(json, "$.id")).longValue();
    }

    /** Signed in as {@code openid} (the session attribute the OAuth filter sets). */
    public static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String openid) {
        return request.sessionAttr("wxkit.user", openid);
    }

    /** An authenticated staff member with {@code roles}. */
    public static RequestPostProcessor staff(String name, String... roles) {
        return r -> {
            Principal p = () -> name;
            r.setUserPrincipal(p);
            for (String role : roles) {
                r.addUserRole(role);
            }
            return r;
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @ImportAutoConfiguration({WxStoreAutoConfiguration.class, WxModulesAutoConfiguration.class, WxModulesWebAutoConfiguration.class})
    static class App {
        @Bean(destroyMethod = "")
        DataSource dataSource() {
            return ModuleTestDb.fresh();
        }

        @Bean
        RecordingShopPay shopPay() {
            return new RecordingShopPay();
        }
    }

    /** WeChat Pay as the shop sees it, answering prepay with fixed-shape parameters and recording the orders. */
    public static final class RecordingShopPay implements ShopPay {
        public final List<PrepayOrder> prepaid = new CopyOnWriteArrayList<>();
        public final List<String> refunds = new CopyOnWriteArrayList<>();

        @Override
        public String mchId() {
            return "1900000109";
        }

        @Override
        public String appId() {
            return "wxd678efh567hg6787";
        }

        @Override
        public Map<String, String> prepay(PrepayOrder order) {
            prepaid.add(order);
            return Map.of("appId", appId(), "timeStamp", "1700000000", "nonceStr", "n" + order.outTradeNo(),
                    "package", "prepay_id=wx" + order.outTradeNo(), "signType", "RSA", "paySign", "signed-by-test");
        }

        @Override
        public Optional<Transaction> query(String outTradeNo) {
            return Optional.empty();
        }

        @Override
        public void close(String outTradeNo) {
        }

        @Override
        public Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason) {
            refunds.add(outRefundNo);
            throw new IllegalStateException("refunds are not exercised through this test pay");
        }

        @Override
        public Notification parse(Map<String, String> headers, String body) {
            throw new IllegalArgumentException("bad signature");
        }

        @Override
        public void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows) {
            throw new UnsupportedOperationException("no bills in this test");
        }
    }
}
