package io.wxkit.spring.modules;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.spring.modules.forms.FormsWebConfiguration;
import io.wxkit.spring.modules.forum.ForumWebConfiguration;
import io.wxkit.spring.modules.lottery.LotteryWebConfiguration;
import io.wxkit.spring.modules.member.MemberWebConfiguration;
import io.wxkit.spring.modules.shop.ShopWebConfiguration;
import io.wxkit.spring.modules.vote.VoteWebConfiguration;
import io.wxkit.spring.modules.web.ModuleAdminAuthorizer;
import io.wxkit.spring.modules.web.ModuleProblemAdvice;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.ModuleStoreProblemAdvice;
import io.wxkit.spring.modules.web.ModuleUserResolver;
import io.wxkit.spring.modules.web.ModuleWebMvc;
import io.wxkit.spring.modules.web.RoleModuleAdminAuthorizer;
import io.wxkit.spring.modules.web.SessionModuleUserResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The modules' JSON endpoints under {@code wxkit.modules.base-path}, one controller per module bean,
 * errors as problem details. The user is the {@link ModuleUserResolver}'s openid; admin endpoints need the
 * {@link ModuleAdminAuthorizer} (by default, with Spring Security present, the roles {@code WXKIT_ADMIN} or
 * {@code WXKIT_<MODULE>_ADMIN}; without one they answer 403).
 *
 * <p>Applies in a servlet web application with Spring MVC when {@link WxModulesAutoConfiguration} made the
 * {@code ModuleContext}; each module's controllers only when that module's bean exists.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxModulesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ModuleContext.class, DispatcherServlet.class})
@ConditionalOnBean(ModuleContext.class)
@Import({VoteWebConfiguration.class, LotteryWebConfiguration.class, ForumWebConfiguration.class, ShopWebConfiguration.class,
    FormsWebConfiguration.class, MemberWebConfiguration.class})
public class WxModulesWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ModuleUserResolver wxModuleUserResolver() {
        return new SessionModuleUserResolver();
    }

    @Bean
    @ConditionalOnMissingBean
    ModuleRequests wxModuleRequests(ModuleUserResolver users, ObjectProvider<ModuleAdminAuthorizer> admins) {
        return new ModuleRequests(users, admins.getIfUnique());
    }

    @Bean
    ModuleProblemAdvice wxModuleProblemAdvice() {
        return new ModuleProblemAdvice();
    }

    @Bean
    ModuleWebMvc wxModuleWebMvc(WxModulesProperties properties) {
        return new ModuleWebMvc(properties.getBasePath(), properties.getMaxBodyBytes());
    }

    /** wxkit-redis present: a store Redis could not answer for is a 503 with Retry-After, not a 500. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.wxkit.redis.RedisStoreException")
    static class StoreFailures {
        @Bean
        ModuleStoreProblemAdvice wxModuleStoreProblemAdvice() {
            return new ModuleStoreProblemAdvice();
        }
    }

    /** Spring Security present: admins by role, unless the application decides otherwise. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    static class RolesFromSpringSecurity {
        @Bean
        @ConditionalOnMissingBean
        ModuleAdminAuthorizer wxModuleAdminAuthorizer() {
            return new RoleModuleAdminAuthorizer();
        }
    }
}
