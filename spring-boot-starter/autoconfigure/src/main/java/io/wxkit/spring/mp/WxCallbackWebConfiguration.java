package io.wxkit.spring.mp;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The callback endpoint of every account: GET (WeChat's URL check) and POST (messages and events) on
 * its {@code callback-path}, as Spring MVC functional routes.
 *
 * <p>Applies in a servlet web application with Spring MVC's functional routes when
 * {@link WxMpAutoConfiguration} made the {@link WxCallbackEndpoints} bean; the routes bean
 * ({@code wxCallbackRoutes}) backs off when the application defines one of that name. Accounts without a
 * callback Token are answered 404.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxMpAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBean(WxCallbackEndpoints.class)
public class WxCallbackWebConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "wxCallbackRoutes")
    RouterFunction<ServerResponse> wxCallbackRoutes(WxCallbackEndpoints endpoints, MpAccounts accounts,
                                                    WxMpProperties properties) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (MpAccount account : accounts.all()) {
            CallbackWebHandler handler = new CallbackWebHandler(endpoints, account.callbackPath(),
                    properties.getMaxCallbackBytes());
            routes.GET(account.callbackPath(), handler::handle).POST(account.callbackPath(), handler::handle);
        }
        return routes.build();
    }
}
