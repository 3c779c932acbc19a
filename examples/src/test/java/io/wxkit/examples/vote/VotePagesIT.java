package io.wxkit.examples.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.VoteModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote scenarios: a follower votes and sees the ranking; a non-follower is refused and shown how to follow. */
class VotePagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    VoteModule vote;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aFollowerVotesAndSeesTheRanking() {
        Poll poll = poll(VoteSeed.FOLLOW_REQUIRED_TITLE);
        PhoneUser user = PhoneUser.follower(emulator, "投票的居民");
        user.open(browser, appUrl(), "/vote/" + poll.id());
        assertThat(browser.find(By.id("poll-title")).getText()).isEqualTo(VoteSeed.FOLLOW_REQUIRED_TITLE);

        option(poll.options().get(1).id()).click();
        browser.find(By.id("cast")).click();

        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("投票成功");
        WebElement top = browser.find(By.cssSelector("#results li.rank"));
        assertThat(top.getText()).contains(poll.options().get(1).text()).contains("1 票");
        assertThat(vote.ballots().hasVoted(poll.id(), user.openid())).isTrue();
        browser.screenshot("vote");
    }

    @Test
    void aNonFollowerIsRefusedAndShownHowToFollow() {
        Poll poll = poll(VoteSeed.FOLLOW_REQUIRED_TITLE);
        PhoneUser user = PhoneUser.stranger(emulator, "未关注的访客");
        user.open(browser, appUrl(), "/vote/" + poll.id());

        option(poll.options().get(0).id()).click();
        browser.find(By.id("cast")).click();

        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("仅限关注服务号");
        assertThat(browser.find(By.id("follow-link")).getAttribute("href"))
                .contains("/emulator/").contains(user.openid());
        assertThat(option(poll.options().get(0).id()).isSelected()).as("the choice is kept").isTrue();
        assertThat(vote.ballots().hasVoted(poll.id(), user.openid())).isFalse();
        browser.screenshot("vote-refused");
    }

    @Test
    void scanningThePollsQrCodeFollowsAndAnswersWithThePollsLink() {
        Poll poll = poll(VoteSeed.FOLLOW_REQUIRED_TITLE);
        PhoneUser user = PhoneUser.stranger(emulator, "扫码的居民");
        CallbackResult followed = emulator.control().follow(user.openid(), poll.qrScene());
        assertThat(followed.error()).isNull();
        assertThat(followed.reply()).containsEntry("content",
                VoteRules.reply(env.getProperty("examples.public-base-url"), poll.id(), poll.title()));
        assertThat(followed.reply().get("content").toString()).contains("/vote/" + poll.id());
    }

    private WebElement option(long optionId) {
        return browser.find(By.cssSelector("input[name=option][value='" + optionId + "']"));
    }

    private Poll poll(String title) {
        return vote.polls().list(PageRequest.first(50)).items().stream().filter(p -> p.title().equals(title))
                .findFirst().orElseThrow();
    }
}
