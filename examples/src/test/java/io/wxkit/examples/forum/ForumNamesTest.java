package io.wxkit.examples.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ForumNamesTest {

    @Test
    void seededResidentsShowByNameOthersByTheEndOfTheirOpenidOnly() {
        assertThat(ForumNames.display(ForumNames.LIHUA)).isEqualTo("李华");
        assertThat(ForumNames.display("oAbCdEfGhIjK1234")).isEqualTo("微信用户 1234");
        assertThat(ForumNames.display("oAb")).isEqualTo("微信用户 oAb");
    }

    @Test
    void aPagesNamesAreCollectedOncePerAuthor() {
        assertThat(ForumPages.names(Stream.of(ForumNames.LIHUA, "oX9999", ForumNames.LIHUA)))
                .containsOnlyKeys(ForumNames.LIHUA, "oX9999");
    }
}
