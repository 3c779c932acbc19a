package io.wxkit.emulator.internal.mp.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Industries and the private template list. */
class TemplateLibraryEndpointsTest {
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    private JsonNode get(String path) {
        return http.get(path + "?access_token=" + token).json();
    }

    @Test
    void theIndustriesSetAreReadBackAndCannotChangeWithinAMonth() {
        assertThat(get("/cgi-bin/template/get_industry").has("primary_industry")).isFalse();
        assertThat(post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"1\",\"industry_id2\":\"13\"}")
                .get("errcode").asInt()).isZero();
        JsonNode industry = get("/cgi-bin/template/get_industry");
        assertThat(industry.get("primary_industry").get("first_class").asText()).isEqualTo("IT科技");
        assertThat(industry.get("primary_industry").get("second_class").asText()).isEqualTo("互联网|电子商务");
        assertThat(industry.get("secondary_industry").get("first_class").asText()).isEqualTo("运输与仓储");
        assertThat(industry.get("secondary_industry").get("second_class").asText()).isEqualTo("快递");
        assertThat(post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"2\",\"industry_id2\":\"3\"}")
                .get("errcode").asInt()).isEqualTo(43100);
    }

    @Test
    void unknownOrEqualIndustriesAre40102() {
        assertThat(post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"0\",\"industry_id2\":\"3\"}")
                .get("errcode").asInt()).isEqualTo(40102);
        assertThat(post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"3\",\"industry_id2\":\"3\"}")
                .get("errcode").asInt()).isEqualTo(40102);
        assertThat(post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"x\",\"industry_id2\":\"42\"}")
                .get("errcode").asInt()).isEqualTo(40102);
    }

    @Test
    void anAddedTemplateIsListedAndDeleted() {
        post("/cgi-bin/template/api_set_industry", "{\"industry_id1\":\"1\",\"industry_id2\":\"2\"}");
        JsonNode added = post("/cgi-bin/template/api_add_template",
                "{\"template_id_short\":\"TM00015\",\"keyword_name_list\":[\"商品名称\",\"订单金额\"]}");
        assertThat(added.get("errcode").asInt()).isZero();
        String id = added.get("template_id").asText();
        assertThat(id).hasSize(43);
        JsonNode t = get("/cgi-bin/template/get_all_private_template").get("template_list").get(0);
        assertThat(t.get("template_id").asText()).isEqualTo(id);
        assertThat(t.get("primary_industry").asText()).isEqualTo("IT科技");
        assertThat(t.get("content").asText()).contains("商品名称：{{thing1.DATA}}");
        assertThat(post("/cgi-bin/template/del_private_template", "{\"template_id\":\"" + id + "\"}")
                .get("errcode").asInt()).isZero();
        assertThat(get("/cgi-bin/template/get_all_private_template").get("template_list")).isEmpty();
        assertThat(post("/cgi-bin/template/del_private_template", "{\"template_id\":\"" + id + "\"}")
                .get("errcode").asInt()).isEqualTo(40037);
    }

    @Test
    void aBadLibraryNumberIs40037AndThe26thTemplateIs45026() {
        assertThat(post("/cgi-bin/template/api_add_template", "{\"template_id_short\":\"XYZ\"}").get("errcode")
                .asInt()).isEqualTo(40037);
        for (int i = 0; i < TemplateLibraryEndpoints.MAX_TEMPLATES; i++) {
            post("/cgi-bin/template/api_add_template", "{\"template_id_short\":\"TM0001" + (i % 10) + "\"}");
        }
        assertThat(post("/cgi-bin/template/api_add_template", "{\"template_id_short\":\"TM00015\"}").get("errcode")
                .asInt()).isEqualTo(45026);
    }
}
