package io.wxkit.spring.modules.vote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.modules.ModuleWebTests;
import java.time.Duration;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class VoteEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/vote";

    private Poll poll() {
        Instant now = Instant.now();
        return ModuleWebTests.bean(VoteModule.class).polls().create(PollDraft.titled("Best dish", now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1))).option("Dumplings").option("Noodles"));
    }

    @Test
    void aSignedInUserVotesOnceAndSeesTheResults() throws Exception {
        Poll p = poll();
        long option = p.options().get(0).id();
        mvc.perform(get(base + "/polls/" + p.id())).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Best dish"));
        String ballot = "{\"optionIds\":[" + option + "]}";
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterA0001").contentType(MediaType.APPLICATION_JSON).content(ballot))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.openid").value("oVoterA0001"));
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterA0001").contentType(MediaType.APPLICATION_JSON).content(ballot))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ALREADY_VOTED")).andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(ModuleWebTests.as(get(base + "/polls/" + p.id() + "/results"), "oVoterA0001"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ballots").value(1))
                .andExpect(jsonPath("$.ranking[0].optionId").value(option));
    }

    @Test
    void theVoterIsTheSignedInUserNeverTheBody() throws Exception {
        Poll p = poll();
        String ballot = "{\"optionIds\":[" + p.options().get(1).id() + "],\"openid\":\"oSomeoneElse1\"}";
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterB0001").contentType(MediaType.APPLICATION_JSON).content(ballot))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.openid").value("oVoterB0001"));
        mvc.perform(post(base + "/polls/" + p.id() + "/ballots").contentType(MediaType.APPLICATION_JSON).content(ballot))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("NOT_SIGNED_IN"));
    }

    @Test
    void badInputIsAProblemNamingIt() throws Exception {
        Poll p = poll();
        mvc.perform(get(base + "/polls/999999999")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("POLL_NOT_FOUND"));
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterC0001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"optionIds\":[-5]}")).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("INVALID_CHOICE"));
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterC0001").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.detail").value("optionIds is required"));
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterC0001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"optionIds\":")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
        mvc.perform(get(base + "/polls/abc")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        Poll p = poll();
        String huge = "{\"optionIds\":[" + "1,".repeat(3000) + "1]}";
        mvc.perform(ModuleWebTests.as(post(base + "/polls/" + p.id() + "/ballots"), "oVoterD0001").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void adminEndpointsNeedTheAdminRole() throws Exception {
        String poll = "{\"title\":\"Lunch\",\"opensAt\":\"2026-01-01T00:00:00Z\",\"closesAt\":\"2036-01-01T00:00:00Z\","
                + "\"options\":[\"Rice\",\"Noodles\"],\"perDay\":2}";
        mvc.perform(ModuleWebTests.as(post(base + "/admin/polls"), "oVoterE0001").contentType(MediaType.APPLICATION_JSON).content(poll))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        mvc.perform(post(base + "/admin/polls").with(ModuleWebTests.staff("ann", "WXKIT_SHOP_ADMIN")).contentType(MediaType.APPLICATION_JSON).content(poll))
                .andExpect(status().isForbidden());
        String id = mvc.perform(post(base + "/admin/polls").with(ModuleWebTests.staff("ann", "WXKIT_VOTE_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(poll))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.options.length()").value(2))
                .andExpect(jsonPath("$.limit.perDay").value(2)).andReturn().getResponse().getContentAsString();
        id = String.valueOf(ModuleWebTests.id(id));
        mvc.perform(post(base + "/admin/polls/" + id + "/close").with(ModuleWebTests.staff("bob", "WXKIT_ADMIN")))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/polls/" + id)).andExpect(jsonPath("$.closesAt", Matchers.notNullValue()));
        mvc.perform(post(base + "/admin/polls").with(ModuleWebTests.staff("ann", "WXKIT_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"opensAt\":\"2026-01-01T00:00:00Z\",\"closesAt\":\"2036-01-01T00:00:00Z\",\"options\":[\"only\"]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("INVALID_POLL"));
    }
}
