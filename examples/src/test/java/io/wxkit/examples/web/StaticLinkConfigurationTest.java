package io.wxkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Boot's all-links encoding filter backs off for ours, and ours knows the app's static files. */
class StaticLinkConfigurationTest {

    @Test
    void replacesBootsResourceUrlEncodingFilterAndListsTheStaticFiles() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, ThymeleafAutoConfiguration.class))
                .withUserConfiguration(StaticLinkConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var encoders = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                            .map(FilterRegistrationBean::getFilter)
                            .filter(ResourceUrlEncodingFilter.class::isInstance)
                            .toList();
                    assertThat(encoders).hasSize(1).first().isInstanceOf(StaticLinkEncodingFilter.class);
                    StaticResourcePaths statics = StaticResourcePaths.scan(
                            java.util.List.of("classpath:/META-INF/resources/", "classpath:/static/"), "", "/webjars/");
                    assertThat(statics.isStatic("/css/app.css")).isTrue();
                    assertThat(statics.isStatic("/admin/js/charts.js")).isTrue();
                    assertThat(statics.isStatic("/webjars/echarts/dist/echarts.min.js")).isTrue();
                    assertThat(statics.isStatic("/forum")).isFalse();
                    assertThat(statics.isStatic("/admin/")).isFalse();
                });
    }
}
