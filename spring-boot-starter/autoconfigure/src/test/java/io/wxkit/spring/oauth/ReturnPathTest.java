package io.wxkit.spring.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void acceptsPathsOfThisOriginWithTheirQuery() {
        assertThat(ReturnPath.sameOrigin("/")).contains("/");
        assertThat(ReturnPath.sameOrigin("/h5/vote/3?tab=rank&x=%2F%2F")).contains("/h5/vote/3?tab=rank&x=%2F%2F");
    }

    @Test
    void refusesEverythingABrowserCouldReadAsAnotherOrigin() {
        for (String bad : new String[] {null, "", "h5/page", "https://evil.example", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "/ok\r\nLocation: https://evil.example", "/a b", "/tab\tx", "/del\u007f",
                "javascript:alert(1)", "/" + "a".repeat(2048)}) {
            assertThat(ReturnPath.sameOrigin(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
