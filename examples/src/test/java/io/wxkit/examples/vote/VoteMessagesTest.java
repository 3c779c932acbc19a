package io.wxkit.examples.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.vote.VoteError;
import org.junit.jupiter.api.Test;

class VoteMessagesTest {

    @Test
    void theFollowRequiredRefusalSaysWhatToDo() {
        assertThat(VoteMessages.of(new ModuleException(CommonError.NOT_FOLLOWER, "x"))).contains("请先关注");
        assertThat(VoteMessages.of(new ModuleException(VoteError.ALREADY_VOTED, "x"))).contains("已经投过票");
    }

    @Test
    void theScanReplyLinksToThePoll() {
        assertThat(VoteRules.reply("http://127.0.0.1:8080", 7, "最佳菜品")).isEqualTo(
                "欢迎参与投票「最佳菜品」，点击进入：http://127.0.0.1:8080/vote/7");
    }
}
