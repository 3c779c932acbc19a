package io.wxkit.spring.modules.lottery;

import static io.wxkit.spring.modules.ModuleWebTests.as;
import static io.wxkit.spring.modules.ModuleWebTests.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.spring.modules.ModuleWebTests;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class LotteryEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/lottery";

    private Activity create(ActivityDraft draft) {
        return ModuleWebTests.bean(LotteryModule.class).activities().create(draft);
    }

    private static ActivityDraft draft(LotteryMode mode) {
        Instant now = Instant.now();
        return ActivityDraft.of("Lucky " + mode, mode, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
    }

    @Test
    void aWheelThatAlwaysWinsGivesTheUserACodeListedInTheirWins() throws Exception {
        Activity wheel = create(draft(LotteryMode.WHEEL).prize("Mug", 1, 5).drawLimits(1, 0));
        mvc.perform(get(base + "/activities/" + wheel.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.prizes[0].name").value("Mug")).andExpect(jsonPath("$.prizes[0].stock").doesNotExist());
        mvc.perform(as(post(base + "/activities/" + wheel.id() + "/spin"), "oSpinnerA001")).andExpect(status().isOk())
                .andExpect(jsonPath("$.won").value(true)).andExpect(jsonPath("$.prizeName").value("Mug"))
                .andExpect(jsonPath("$.code").isString());
        mvc.perform(as(post(base + "/activities/" + wheel.id() + "/spin"), "oSpinnerA001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DRAW_LIMIT_REACHED"));
        mvc.perform(as(get(base + "/activities/" + wheel.id() + "/wins"), "oSpinnerA001"))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].openid").value("oSpinnerA001"));
        mvc.perform(as(get(base + "/activities/" + wheel.id() + "/wins"), "oSpinnerB001")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void stockIsNeverOversoldAndTheUserMustBeSignedIn() throws Exception {
        Activity wheel = create(draft(LotteryMode.WHEEL).prize("Last one", 1, 1));
        mvc.perform(post(base + "/activities/" + wheel.id() + "/spin")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("NOT_SIGNED_IN"));
        mvc.perform(as(post(base + "/activities/" + wheel.id() + "/spin"), "oSpinnerC001")).andExpect(jsonPath("$.won").value(true));
        mvc.perform(as(post(base + "/activities/" + wheel.id() + "/spin"), "oSpinnerD001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("OUT_OF_STOCK"));
    }

    @Test
    void boxesAndEntriesCheckTheirInput() throws Exception {
        Activity box = create(draft(LotteryMode.BOX).prize("Pen", 1, 10).boxes(3));
        mvc.perform(as(post(base + "/activities/" + box.id() + "/boxes/7"), "oBoxer000001")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("INVALID_BOX"));
        mvc.perform(as(post(base + "/activities/" + box.id() + "/spin"), "oBoxer000001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WRONG_MODE"));
        mvc.perform(as(post(base + "/activities/" + box.id() + "/boxes/1"), "oBoxer000001")).andExpect(status().isOk());
        Activity raffle = create(draft(LotteryMode.RANDOM_DRAW).prize("TV", 0, 1));
        mvc.perform(as(post(base + "/activities/" + raffle.id() + "/entries"), "oEntrant0001")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.openid").value("oEntrant0001"));
        mvc.perform(as(post(base + "/activities/" + raffle.id() + "/entries"), "oEntrant0001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_ENTERED"));
        mvc.perform(as(post(base + "/activities/" + raffle.id() + "/entries"), "oEntrant0002").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\":\"" + "x".repeat(700) + "\"}")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(as(post(base + "/activities/" + raffle.id() + "/entries"), "oEntrant0003").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\":\"" + "x".repeat(5000) + "\"}")).andExpect(status().isPayloadTooLarge());
        mvc.perform(get(base + "/activities/99999999")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("ACTIVITY_NOT_FOUND"));
    }

    @Test
    void staffCreateDrawAndRedeemOnlyWithTheRole() throws Exception {
        String body = "{\"title\":\"Raffle\",\"mode\":\"RANDOM_DRAW\",\"opensAt\":\"2026-01-01T00:00:00Z\","
                + "\"closesAt\":\"2036-01-01T00:00:00Z\",\"prizes\":[{\"name\":\"Bike\",\"stock\":1}]}";
        mvc.perform(as(post(base + "/admin/activities"), "oEntrant0009").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        String json = mvc.perform(post(base + "/admin/activities").with(staff("ann", "WXKIT_LOTTERY_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ModuleWebTests.id(json);
        Activity a = ModuleWebTests.bean(LotteryModule.class).activities().get(id);
        mvc.perform(as(post(base + "/activities/" + id + "/entries"), "oEntrant0010")).andExpect(status().isCreated());
        mvc.perform(post(base + "/admin/activities/" + id + "/prizes/" + a.prizes().get(0).id() + "/draw")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"count\":1}"))
                .andExpect(status().isForbidden());
        String wins = mvc.perform(post(base + "/admin/activities/" + id + "/prizes/" + a.prizes().get(0).id() + "/draw")
                        .with(staff("ann", "WXKIT_ADMIN")).contentType(MediaType.APPLICATION_JSON).content("{\"count\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].openid").value("oEntrant0010"))
                .andReturn().getResponse().getContentAsString();
        String code = ModuleWebTests.read(wins, "$[0].code");
        mvc.perform(post(base + "/admin/wins/" + code + "/redeem").with(staff("bob", "WXKIT_LOTTERY_ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.redeemedBy").value("bob"));
        mvc.perform(post(base + "/admin/wins/" + code + "/redeem").with(staff("bob", "WXKIT_LOTTERY_ADMIN")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_REDEEMED"));
    }
}
