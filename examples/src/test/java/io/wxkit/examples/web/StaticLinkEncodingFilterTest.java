package io.wxkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * App links must not reach the resource chain (whose miss walks the whole classpath, uncached); static files and
 * WebJars links still do, and get what the chain answers.
 */
class StaticLinkEncodingFilterTest {
    private final List<String> resolved = new ArrayList<>();
    private final StaticResourcePaths statics = new StaticResourcePaths(Set.of("/css/app.css"), List.of("/webjars/"));

    @Test
    void appLinksSkipTheResourceChainAndStaticLinksGoThroughIt() throws Exception {
        List<String> encoded = render("", "/forum/thread/7", "/vote/3/cast?x=1", "/css/app.css?v=1",
                "/webjars/echarts/dist/echarts.min.js", "https://example.com/css/app.css", "css/app.css");

        assertThat(resolved).containsExactly("/css/app.css", "/webjars/echarts/dist/echarts.min.js");
        assertThat(encoded).containsExactly("/forum/thread/7", "/vote/3/cast?x=1", "/css/app.css?v=1",
                "/webjars/echarts/5.6.0/dist/echarts.min.js", "https://example.com/css/app.css", "css/app.css");
    }

    @Test
    void theContextPathIsPartOfTheLink() throws Exception {
        List<String> encoded = render("/shop", "/shop/forum/thread/7", "/shop/css/app.css", "/css/app.css");

        assertThat(resolved).containsExactly("/css/app.css");
        assertThat(encoded).containsExactly("/shop/forum/thread/7", "/shop/css/app.css", "/css/app.css");
    }

    @Test
    void staticPathsMatchFilesExactlyAndWebJarsByPrefix() {
        assertThat(statics.isStatic("/css/app.css")).isTrue();
        assertThat(statics.isStatic("/webjars/anything/at/all.js")).isTrue();
        assertThat(statics.isStatic("/css/")).isFalse();
        assertThat(statics.isStatic("/css/app.css/x")).isFalse();
        assertThat(statics.isStatic("/admin/")).isFalse();
    }

    /** Runs the filter around a "page" that encodes {@code links} the way Thymeleaf's link builder does. */
    private List<String> render(String contextPath, String... links) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/forum");
        request.setContextPath(contextPath);
        List<String> encoded = new ArrayList<>();
        new StaticLinkEncodingFilter(statics).doFilter(request, new MockHttpServletResponse(), (rq, rs) -> {
            // what ResourceUrlProviderExposingInterceptor does before a view renders
            ((HttpServletRequest) rq).setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR,
                    provider());
            for (String link : links) {
                encoded.add(((HttpServletResponse) rs).encodeURL(link));
            }
        });
        return encoded;
    }

    private ResourceUrlProvider provider() {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(new CountingResolver()));
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/**", handler));
        return provider;
    }

    /** Stands in for the chain: records each lookup; "versions" WebJars paths as the WebJars resolver does. */
    private final class CountingResolver implements ResourceResolver {
        @Override
        public Resource resolveResource(HttpServletRequest request, String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return null;
        }

        @Override
        public String resolveUrlPath(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
            resolved.add("/" + path);
            return path.startsWith("webjars/echarts/") ? path.replace("echarts/", "echarts/5.6.0/") : path;
        }
    }
}
