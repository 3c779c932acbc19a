package io.wxkit.examples.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Which link paths are static resources the resource chain may rewrite: the files found once, at startup, under
 * the static locations (served under the static path prefix), and everything under the WebJars prefix (their
 * files are looked up per version by the WebJars resolver, so a prefix is the only finite answer). Immutable.
 */
record StaticResourcePaths(Set<String> files, List<String> prefixes) {

    StaticResourcePaths {
        files = Set.copyOf(files);
        prefixes = List.copyOf(prefixes);
    }

    /** Whether {@code path} (servlet-relative, no query) names a static file or lies under a WebJars prefix. */
    boolean isStatic(String path) {
        if (files.contains(path)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists the readable files under {@code locations} (Spring resource locations such as
     * {@code classpath:/static/}), as paths under {@code servedUnder} (the static path pattern without its
     * {@code /**}, {@code ""} for the default {@code /**}); files under a {@code webjars/} folder are left to
     * {@code webjarsPrefix}.
     */
    static StaticResourcePaths scan(List<String> locations, String servedUnder, String webjarsPrefix) throws IOException {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> files = new HashSet<>();
        for (String location : locations) {
            String roots = location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length()) : location;
            for (Resource root : resolver.getResources(roots)) {
                if (!root.exists()) {
                    continue;
                }
                String rootUrl = root.getURL().toString();
                for (Resource file : resolver.getResources(rootUrl + "**/*")) {
                    String relative = file.getURL().toString().substring(rootUrl.length());
                    if (file.isReadable() && !relative.startsWith("webjars/") && !relative.endsWith("/")) {
                        files.add(servedUnder + "/" + relative);
                    }
                }
            }
        }
        return new StaticResourcePaths(files, List.of(webjarsPrefix));
    }
}
