package io.wxkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.emulator.WxEmulator;
import java.io.ByteArrayInputStream;
import java.util.List;
import me.chanjar.weixin.common.bean.WxJsapiSignature;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.bean.result.WxMediaUploadResult;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WxJava 4.7.0's {@code WxMpService} against the emulator's Official Account face, its hosts pointed there. */
class WxJavaMpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String APP = "wxcompat0001";
    private WxEmulator emulator;
    private Control control;
    private WxMpDefaultConfigImpl config;
    private WxMpService mp;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        control = new Control(emulator.baseUrl());
        control.post("/emulator/accounts", MAPPER.createObjectNode().put("appId", APP).put("secret", "s3cret")
                .put("token", "tok123").put("mode", "plain"), 201);
        openid = control.post("/emulator/users", MAPPER.createObjectNode().put("appId", APP)
                .put("nickname", "Alice"), 201).get("openid").asText();
        control.post("/emulator/users/" + openid + "/follow", MAPPER.createObjectNode(), 200);
        config = new WxMpDefaultConfigImpl();
        config.setAppId(APP);
        config.setSecret("s3cret");
        config.setToken("tok123");
        config.setHostConfig(WxMpHostConfig.builder().apiHost(emulator.baseUrl()).openHost(emulator.baseUrl())
                .mpHost(emulator.baseUrl()).build());
        mp = new WxMpServiceImpl();
        mp.setWxMpConfigStorage(config);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void accessTokenAndStableAccessToken() throws WxErrorException {
        String token = mp.getAccessToken();
        assertThat(token).isNotBlank();
        assertThat(mp.getAccessToken(true)).isNotBlank().isNotEqualTo(token);
        config.setUseStableAccessToken(true);
        assertThat(mp.getAccessToken(true)).isNotBlank();
    }

    @Test
    void menuCreateAndGet() throws WxErrorException {
        WxMenuButton news = new WxMenuButton();
        news.setType("click");
        news.setName("News");
        news.setKey("NEWS");
        WxMenu menu = new WxMenu();
        menu.setButtons(List.of(news));
        mp.getMenuService().menuCreate(menu);
        assertThat(mp.getMenuService().menuGet().getMenu().getButtons().get(0).getKey()).isEqualTo("NEWS");
    }

    @Test
    void usersFollowersAndTags() throws WxErrorException {
        assertThat(mp.getUserService().userInfo(openid).getOpenId()).isEqualTo(openid);
        assertThat(mp.getUserService().userList(null).getOpenids()).contains(openid);
        long tagId = mp.getUserTagService().tagCreate("vip").getId();
        assertThat(mp.getUserTagService().tagGet()).anyMatch(t -> t.getId() == tagId);
        mp.getUserTagService().batchTagging(tagId, new String[] {openid});
        assertThat(mp.getUserTagService().userTagList(openid)).contains(tagId);
    }

    @Test
    void qrCodeMediaAndCustomerServiceMessage() throws WxErrorException {
        WxMpQrCodeTicket ticket = mp.getQrcodeService().qrCodeCreateTmpTicket("123", 600);
        assertThat(ticket.getTicket()).isNotBlank();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        WxMediaUploadResult media = mp.getMaterialService().mediaUpload("image", "png",
                new ByteArrayInputStream(png));
        assertThat(media.getMediaId()).isNotBlank();
        assertThat(mp.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content("hi").build()))
                .isTrue();
    }

    @Test
    void jsSdkSignatureAndOAuthUrl() throws WxErrorException {
        assertThat(mp.getJsapiTicket()).isNotBlank();
        WxJsapiSignature sig = mp.createJsapiSignature("http://app.example/page");
        assertThat(sig.getSignature()).hasSize(40);
        assertThat(mp.getOAuth2Service().buildAuthorizationUrl("http://app.example/cb", "snsapi_base", "s1"))
                .startsWith(emulator.baseUrl());
    }

    @Test
    void an40001IsRetriedWithAFreshToken() throws WxErrorException {
        String before = mp.getAccessToken();
        control.post("/emulator/faults", MAPPER.createObjectNode().put("path", "/cgi-bin/user/info")
                .put("kind", "invalidate-token").put("times", 1), 201);
        assertThat(mp.getUserService().userInfo(openid).getOpenId()).isEqualTo(openid);
        assertThat(mp.getAccessToken()).isNotEqualTo(before);
    }

    @Test
    void templateMessageReachesTheInbox() throws WxErrorException {
        WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(openid).templateId("tmplMeeting0001")
                .url("http://app.example/m/1").build();
        message.addData(new WxMpTemplateData("thing1", "Meeting at 3pm"));

        String msgId = mp.getTemplateMsgService().sendTemplateMsg(message);

        assertThat(msgId).isNotBlank();
        assertThat(emulator.control().inbox(openid)).anyMatch(e -> e.kind().equals("template")
                && e.fields().toString().contains("Meeting at 3pm"));
    }

    @Test
    void oauthCodeExchangeAndUserInfo() throws WxErrorException {
        String code = emulator.control().oauthCode(APP, openid, "snsapi_userinfo");

        WxOAuth2AccessToken token = mp.getOAuth2Service().getAccessToken(code);

        assertThat(token.getOpenId()).isEqualTo(openid);
        assertThat(mp.getOAuth2Service().getUserInfo(token, "zh_CN").getNickname()).isEqualTo("Alice");
        assertThat(mp.getOAuth2Service().validateAccessToken(token)).isTrue();
    }
}
