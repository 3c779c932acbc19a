package io.wxkit.spring.modules.forum;

import static io.wxkit.spring.modules.ModuleWebTests.as;
import static io.wxkit.spring.modules.ModuleWebTests.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.spring.modules.ModuleWebTests;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ForumEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/forum";

    private Board board() {
        return ModuleWebTests.bean(ForumModule.class).boards().create("General " + System.nanoTime() % 100000, "Anything", 1);
    }

    private long postThread(long boardId, String openid, String title) throws Exception {
        String json = mvc.perform(as(post(base + "/boards/" + boardId + "/threads"), openid).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"body\":\"First post\",\"author\":\"oForged00001\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.author").value(openid))
                .andReturn().getResponse().getContentAsString();
        return ModuleWebTests.id(json);
    }

    @Test
    void postReplyLikeAndPageByKeyset() throws Exception {
        Board b = board();
        for (int i = 0; i < 3; i++) {
            postThread(b.id(), "oPoster00001", "Thread " + i);
        }
        long t = postThread(b.id(), "oPoster00001", "Newest");
        String page1 = mvc.perform(get(base + "/boards/" + b.id() + "/threads?size=2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.items[0].title").value("Newest"))
                .andExpect(jsonPath("$.next").isString()).andReturn().getResponse().getContentAsString();
        String cursor = ModuleWebTests.read(page1, "$.next");
        mvc.perform(get(base + "/boards/" + b.id() + "/threads?size=2&cursor=" + cursor))
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.items[1].title").value("Thread 0"))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(as(post(base + "/threads/" + t + "/replies"), "oReplier0001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Welcome!\"}")).andExpect(status().isCreated()).andExpect(jsonPath("$.author").value("oReplier0001"));
        mvc.perform(get(base + "/threads/" + t + "/replies")).andExpect(jsonPath("$.items[0].body").value("Welcome!"));
        mvc.perform(as(post(base + "/threads/" + t + "/likes"), "oReplier0001")).andExpect(status().isOk()).andExpect(jsonPath("$.likes").value(1));
        mvc.perform(as(post(base + "/threads/" + t + "/likes"), "oReplier0001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_LIKED"));
        mvc.perform(get(base + "/threads/" + t)).andExpect(jsonPath("$.likes").value(1)).andExpect(jsonPath("$.replies").value(1));
    }

    @Test
    void badInputAndStrangers() throws Exception {
        Board b = board();
        mvc.perform(post(base + "/boards/" + b.id() + "/threads").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"t\",\"body\":\"b\"}")).andExpect(status().isUnauthorized());
        mvc.perform(as(post(base + "/boards/" + b.id() + "/threads"), "oPoster00002").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"t\"}")).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.detail").value("body is required"));
        mvc.perform(as(post(base + "/boards/99999999/threads"), "oPoster00002").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"t\",\"body\":\"b\"}")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("BOARD_NOT_FOUND"));
        mvc.perform(as(post(base + "/boards/" + b.id() + "/threads"), "oPoster00002").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"t\",\"body\":\"" + "长".repeat(3000) + "\"}")).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        mvc.perform(get(base + "/boards/" + b.id() + "/threads?size=500")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(get(base + "/boards/" + b.id() + "/threads?cursor=!!")).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void boardsAndModerationNeedTheRoleAndTheForumsOwnModeratorCheck() throws Exception {
        mvc.perform(as(post(base + "/admin/boards"), "oPoster00003").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ops\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        mvc.perform(post(base + "/admin/boards").with(staff("ann", "WXKIT_FORUM_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ops\",\"sortOrder\":5}")).andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Ops"));
        Board b = board();
        long t = postThread(b.id(), "oPoster00003", "Lock me");
        // the role alone is not enough: the signed-in WeChat user must moderate this board
        mvc.perform(as(post(base + "/admin/threads/" + t + "/lock"), "oNotAMod0001").with(staff("ann", "WXKIT_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\":true}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_MODERATOR"));
        ModuleWebTests.bean(ForumModule.class).boards().grantAdmin("oForumAdmin1");
        mvc.perform(as(post(base + "/admin/threads/" + t + "/lock"), "oForumAdmin1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\":true}")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        mvc.perform(as(post(base + "/admin/threads/" + t + "/lock"), "oForumAdmin1").with(staff("ann", "WXKIT_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\":true}")).andExpect(status().isNoContent());
        mvc.perform(as(post(base + "/threads/" + t + "/replies"), "oReplier0002").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"too late\"}")).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("THREAD_LOCKED"));
    }
}
