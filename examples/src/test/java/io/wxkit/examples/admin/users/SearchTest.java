package io.wxkit.examples.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.tag.Tag;
import io.wxkit.mp.user.UserInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The followers search: what it refuses, what it matches, and the redirect that carries it back. */
class SearchTest {
    static final List<Tag> TAGS = List.of(new Tag(101, "VIP", 3));

    @Test
    void aTooLongTextAnUnknownTagOrABadCursorIsNamed() {
        assertThat(Search.problem("x".repeat(65), "", "", TAGS)).contains("64");
        assertThat(Search.problem("", "102", "", TAGS)).contains("102");
        assertThat(Search.problem("", "1; drop", "", TAGS)).contains("No such tag");
        assertThat(Search.problem("", "", "o../x", TAGS)).contains("openid");
        assertThat(Search.problem(" 老客户 ", "101", "oAbc_1-2", TAGS)).isNull();
    }

    @Test
    void theRedirectKeepsAWellFormedSearchEncodedAndDropsABadOne() {
        assertThat(new Search("老 客{户}", "101", "oAbc").redirect("wx1"))
                .isEqualTo("redirect:/admin/users?app=wx1&q=%E8%80%81%20%E5%AE%A2%7B%E6%88%B7%7D&tag=101&next=oAbc");
        assertThat(new Search(null, null, null).redirect("wx1")).isEqualTo("redirect:/admin/users?app=wx1");
        assertThat(new Search("ok", "1 or 1", "").redirect("wx1")).isEqualTo("redirect:/admin/users?app=wx1");
    }

    @Test
    void matchesOpenidNicknameOrRemarkIgnoringCase() {
        UserInfo u = new UserInfo(true, "oAbCdEf", null, "zh_CN", null, "老客户 Gold", 0, List.of(), "ADD_SCENE_QR_CODE", 0,
                "", "Ann", null);
        assertThat(FollowerSearch.matches(u, "abcd")).isTrue();
        assertThat(FollowerSearch.matches(u, "ann")).isTrue();
        assertThat(FollowerSearch.matches(u, "gold")).isTrue();
        assertThat(FollowerSearch.matches(u, "老客")).isTrue();
        assertThat(FollowerSearch.matches(u, "bob")).isFalse();
        assertThat(FollowerSearch.matches(u, "")).isTrue();
    }
}
