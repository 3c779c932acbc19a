package io.wxkit.spring.modules.member;

import static io.wxkit.spring.modules.ModuleWebTests.as;
import static io.wxkit.spring.modules.ModuleWebTests.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.member.AdminRole;
import io.wxkit.modules.member.AdminScope;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.modules.common.Participant;
import io.wxkit.spring.modules.ModuleWebTests;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class MemberEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/member";

    @Test
    void joinSeeMyCardAndMyPoints() throws Exception {
        mvc.perform(as(get(base + "/me"), "oMemberA0001")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("MEMBER_NOT_FOUND"));
        mvc.perform(as(post(base + "/me"), "oMemberA0001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nickname\":\"Ann\",\"department\":\"board\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openid").value("oMemberA0001")).andExpect(jsonPath("$.department").doesNotExist());
        ModuleWebTests.bean(MemberModule.class).points().earn("oMemberA0001", 120, "checkin:1", null, "check-in");
        mvc.perform(as(get(base + "/me/points"), "oMemberA0001")).andExpect(jsonPath("$.balance").value(120))
                .andExpect(jsonPath("$.ledger.items[0].delta").value(120));
        mvc.perform(as(get(base + "/me/points"), "oMemberB0001")).andExpect(status().isNotFound());
        mvc.perform(as(get(base + "/me/card"), "oMemberA0001")).andExpect(status().isOk()).andExpect(jsonPath("$.payload").isString());
        mvc.perform(get(base + "/me/card")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("NOT_SIGNED_IN"));
        mvc.perform(as(post(base + "/me"), "oMemberA0001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nickname\":\"" + "n".repeat(5000) + "\"}")).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void adminsNeedTheRoleAndStayInTheirScope() throws Exception {
        MemberModule member = ModuleWebTests.bean(MemberModule.class);
        member.members().join(Participant.of("oMemberSales1"), "sales");
        member.members().join(Participant.of("oMemberOps01"), "ops");
        member.admins().bootstrapOwner("oOwner000001", "test");
        member.admins().grant("oOwner000001", "oSalesLead01", AdminRole.MANAGER, Set.of(AdminScope.department("sales")));
        String adjust = "{\"delta\":50,\"businessKey\":\"goodwill-1\",\"reason\":\"late\"}";
        mvc.perform(as(post(base + "/admin/members/oMemberSales1/points"), "oSalesLead01").contentType(MediaType.APPLICATION_JSON).content(adjust))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        mvc.perform(as(post(base + "/admin/members/oMemberSales1/points"), "oSalesLead01").with(staff("lead", "WXKIT_MEMBER_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(adjust)).andExpect(status().isOk()).andExpect(jsonPath("$.delta").value(50));
        mvc.perform(as(post(base + "/admin/members/oMemberOps01/points"), "oSalesLead01").with(staff("lead", "WXKIT_MEMBER_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(adjust)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));
        mvc.perform(as(post(base + "/admin/members/oMemberSales1/points"), "oMemberOps01").with(staff("x", "WXKIT_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(adjust)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ADMIN"));
        mvc.perform(as(get(base + "/admin/members?q="), "oSalesLead01").with(staff("lead", "WXKIT_MEMBER_ADMIN")))
                .andExpect(jsonPath("$.items[*].openid").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not("oMemberOps01"))));
        String code = member.cards().codeFor("oMemberSales1").payload();
        mvc.perform(as(post(base + "/admin/cards/verify"), "oSalesLead01").with(staff("lead", "WXKIT_MEMBER_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"payload\":\"" + code + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openid").value("oMemberSales1"));
        mvc.perform(as(post(base + "/admin/cards/verify"), "oSalesLead01").with(staff("lead", "WXKIT_MEMBER_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"payload\":\"forged\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("CARD_CODE_INVALID"));
    }
}
