package io.wxkit.spring.modules.forms;

import static io.wxkit.spring.modules.ModuleWebTests.as;
import static io.wxkit.spring.modules.ModuleWebTests.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.spring.modules.ModuleWebTests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class FormsEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/forms";
    private static final String FORM = "{\"kind\":\"REGISTRATION\",\"title\":\"Open day\",\"opensAt\":\"2026-01-01T00:00:00Z\","
            + "\"closesAt\":\"2036-01-01T00:00:00Z\",\"capacity\":1,\"waitingList\":1,\"fields\":["
            + "{\"key\":\"name\",\"label\":\"姓名\",\"type\":\"TEXT\",\"required\":true,\"min\":\"2\",\"max\":\"20\"},"
            + "{\"key\":\"phone\",\"label\":\"手机\",\"type\":\"PHONE\",\"required\":true},"
            + "{\"key\":\"session\",\"label\":\"场次\",\"type\":\"SINGLE_CHOICE\",\"options\":[\"上午\",\"下午\"]}]}";

    private long form() throws Exception {
        String json = mvc.perform(post(base + "/admin/forms").with(staff("ann", "WXKIT_FORMS_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(FORM)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ModuleWebTests.id(json);
    }

    private static String answers(String name, String phone) {
        return "{\"answers\":{\"name\":[\"" + name + "\"],\"phone\":[\"" + phone + "\"],\"session\":[\"上午\"]}}";
    }

    @Test
    void registerThenWaitThenPromotedWhenTheFirstWithdraws() throws Exception {
        long id = form();
        mvc.perform(get(base + "/forms/" + id)).andExpect(jsonPath("$.fields.length()").value(3)).andExpect(jsonPath("$.capacity").value(1));
        String first = mvc.perform(as(post(base + "/forms/" + id + "/submissions"), "oFormA000001").contentType(MediaType.APPLICATION_JSON)
                .content(answers("李雷", "13800138000"))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as(post(base + "/forms/" + id + "/submissions"), "oFormB000001").contentType(MediaType.APPLICATION_JSON)
                .content(answers("韩梅梅", "13900139000"))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITING"));
        mvc.perform(as(post(base + "/forms/" + id + "/submissions"), "oFormA000001").contentType(MediaType.APPLICATION_JSON)
                .content(answers("李雷", "13800138000"))).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_SUBMITTED"));
        long firstId = ModuleWebTests.id(first);
        // someone else cannot withdraw my place
        mvc.perform(as(post(base + "/submissions/" + firstId + "/withdraw"), "oFormB000001")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SUBMISSION_NOT_FOUND"));
        mvc.perform(as(post(base + "/submissions/" + firstId + "/withdraw"), "oFormA000001")).andExpect(status().isNoContent());
        mvc.perform(as(get(base + "/forms/" + id + "/submissions/mine"), "oFormB000001"))
                .andExpect(jsonPath("$[0].status").value("CONFIRMED")).andExpect(jsonPath("$[0].answers.name[0]").value("韩梅梅"));
    }

    @Test
    void everyWrongFieldIsListedAndNothingIsStored() throws Exception {
        long id = form();
        mvc.perform(as(post(base + "/forms/" + id + "/submissions"), "oFormC000001").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"name\":[\"x\"],\"session\":[\"晚上\"]}}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT")).andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "phone", "session")))
                .andExpect(jsonPath("$.errors[?(@.field=='phone')].problem").value("REQUIRED"));
        mvc.perform(as(get(base + "/forms/" + id + "/submissions/mine"), "oFormC000001")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(post(base + "/forms/" + id + "/submissions"), "oFormC000001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":{\"name\":[\"" + "长".repeat(2000) + "\"]}}")).andExpect(status().isPayloadTooLarge());
        mvc.perform(post(base + "/forms/" + id + "/submissions").contentType(MediaType.APPLICATION_JSON).content(answers("李雷", "13800138000")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(base + "/forms/77777777")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("FORM_NOT_FOUND"));
    }

    @Test
    void adminEndpointsAreRefusedWithoutTheRole() throws Exception {
        mvc.perform(as(post(base + "/admin/forms"), "oFormD000001").contentType(MediaType.APPLICATION_JSON).content(FORM))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        long id = form();
        mvc.perform(get(base + "/admin/forms/" + id + "/statistics").with(staff("bob"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/admin/forms/" + id + "/statistics").with(staff("bob", "WXKIT_ADMIN"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(post(base + "/admin/forms").with(staff("ann", "WXKIT_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content(FORM.replace("\"key\":\"name\"", "\"key\":\"Bad Key\""))).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("INVALID_FORM"));
    }
}
