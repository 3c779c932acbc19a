package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.util.UrlPathHelper;

/** Which pages need the WeChat user: {@code wxkit.mp.oauth.paths} minus {@code exclude-paths}, as Ant patterns. */
final class PagePaths {
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final UrlPathHelper paths = new UrlPathHelper();
    private final List<String> include;
    private final List<String> exclude;

    PagePaths(List<String> include, List<String> exclude) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    boolean needUser(HttpServletRequest request) {
        // decoded, without ";jsessionid=" and the like, so "/h5;x/page" cannot slip past "/h5/**"
        String path = paths.getPathWithinApplication(request);
        return include.stream().anyMatch(p -> matcher.match(p, path)) && exclude.stream().noneMatch(p -> matcher.match(p, path));
    }
}
