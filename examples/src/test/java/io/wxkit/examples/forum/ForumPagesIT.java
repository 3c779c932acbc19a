package io.wxkit.examples.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The forum scenario: one resident posts a thread, another replies and likes it; the board pages on with "more". */
class ForumPagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    ForumModule forum;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void oneResidentPostsAndAnotherReplies() {
        Board talk = board("社区杂谈");
        PhoneUser author = PhoneUser.stranger(emulator, "发帖的居民");
        author.open(browser, appUrl(), "/forum/board/" + talk.id());
        browser.find(By.id("new-thread")).click();
        browser.find(By.id("body")).sendKeys("楼下的桂花开了，很香。");
        browser.find(By.id("post")).click();
        assertThat(browser.find(By.id("error-title")).getText()).contains("标题");
        assertThat(browser.find(By.id("body")).getAttribute("value")).isEqualTo("楼下的桂花开了，很香。");
        browser.find(By.id("title")).sendKeys("小区桂花开了");
        browser.find(By.id("post")).click();
        assertThat(browser.find(By.id("thread-title")).getText()).isEqualTo("小区桂花开了");
        ForumThread posted = forum.threads().list(talk.id(), PageRequest.first(5)).items().stream()
                .filter(t -> t.title().equals("小区桂花开了")).findFirst().orElseThrow();
        String threadPath = "/forum/thread/" + posted.id();

        PhoneUser neighbour = PhoneUser.stranger(emulator, "回帖的邻居");
        neighbour.open(browser, appUrl(), threadPath);
        browser.find(By.id("send-reply")).click();
        assertThat(browser.find(By.id("error-reply")).getText()).contains("回复内容");
        browser.find(By.id("reply-body")).sendKeys("真的！晚上散步闻到了。");
        browser.find(By.id("send-reply")).click();
        PhoneUser.awaitText(browser, By.id("replies"), "真的！晚上散步闻到了。");
        browser.find(By.id("like-thread")).click();
        PhoneUser.awaitText(browser, By.cssSelector(".flash.ok"), "已点赞");
        assertThat(browser.find(By.id("like-thread")).getText()).contains("1");

        ForumThread thread = forum.threads().find(posted.id());
        assertThat(thread.author()).isEqualTo(author.openid());
        assertThat(thread.replies()).isEqualTo(1);
        assertThat(forum.replies().list(thread.id(), PageRequest.first(5)).items())
                .singleElement().satisfies(r -> assertThat(r.author()).isEqualTo(neighbour.openid()));
        browser.screenshot("forum-thread");
    }

    @Test
    void aLongBoardPagesOnWithMore() {
        Board market = board("二手闲置");
        PhoneUser reader = PhoneUser.stranger(emulator, "逛论坛的人");
        reader.open(browser, appUrl(), "/forum/board/" + market.id());
        assertThat(browser.driver().findElements(By.cssSelector("#threads .thread-item"))).hasSize(ForumController.THREADS_PER_PAGE);
        browser.find(By.id("more")).click();
        browser.await(d -> d.getCurrentUrl().contains("after="));
        assertThat(browser.driver().findElements(By.cssSelector("#threads .thread-item"))).isNotEmpty()
                .extracting(e -> e.getText()).noneMatch(t -> t.contains("#12 "));
        browser.get(appUrl() + "/forum/board/" + market.id());
        browser.screenshot("forum-board");
    }

    private Board board(String name) {
        return forum.boards().list().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }
}
