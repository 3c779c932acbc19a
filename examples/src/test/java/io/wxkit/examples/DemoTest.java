package io.wxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void aFakeUserFollowsClicksAsksForAnOrderAndReceivesTheTemplateMessage() throws Exception {
        try (Demo demo = Demo.start(0)) {
            Demo.Visit visit = demo.run();

            assertThat(visit.welcome().error()).isNull();
            assertThat(visit.welcome().reply()).containsEntry("msgType", "news");
            assertThat(visit.news().reply()).containsEntry("msgType", "text")
                    .containsEntry("content", "Today: wxkit answers WeChat offline");
            assertThat(visit.order().reply()).containsEntry("content", "Order 42: shipped, arriving Friday");
            assertThat(visit.inbox()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("template"));
        }
    }
}
