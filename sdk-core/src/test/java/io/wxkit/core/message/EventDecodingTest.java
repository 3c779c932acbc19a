package io.wxkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Events the reference folder has no sample for, with the XML shapes of the official pages (menu events,
 * subscription-message events, freepublish, customer-service sessions).
 */
class EventDecodingTest {
    private static final String HEAD = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
            + "<FromUserName><![CDATA[oUser]]></FromUserName><CreateTime>1610969440</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType>";
    private final MessageCodec codec = MessageCodec.create();

    private InboundMessage event(String body) {
        return codec.decode(HEAD + body + "</xml>");
    }

    @Test
    void scanCodeEventsReadScanCodeInfo() {
        ScanCodePush push = (ScanCodePush) event("<Event><![CDATA[scancode_push]]></Event><EventKey><![CDATA[6]]></EventKey>"
                + "<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult><![CDATA[1]]></ScanResult></ScanCodeInfo>");
        assertThat(push.eventKey()).isEqualTo("6");
        assertThat(push.scanType()).isEqualTo("qrcode");
        assertThat(push.scanResult()).isEqualTo("1");
        ScanCodeWaitMsg wait = (ScanCodeWaitMsg) event("<Event><![CDATA[scancode_waitmsg]]></Event><EventKey>k</EventKey>"
                + "<ScanCodeInfo><ScanType>barcode</ScanType><ScanResult>EAN_13,6901234567892</ScanResult></ScanCodeInfo>");
        assertThat(wait.scanResult()).isEqualTo("EAN_13,6901234567892");
    }

    @Test
    void pictureEventsListEveryMd5() {
        String pics = "<EventKey><![CDATA[6]]></EventKey><SendPicsInfo><Count>2</Count><PicList>"
                + "<item><PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item>"
                + "<item><PicMd5Sum><![CDATA[0c9e8f0c5d0d8e4b1d7d4c7ab4a6b1e2]]></PicMd5Sum></item></PicList></SendPicsInfo>";
        PicSysPhoto sys = (PicSysPhoto) event("<Event><![CDATA[pic_sysphoto]]></Event>" + pics);
        assertThat(sys.picMd5Sums()).containsExactly("1b5f7c23b5bf75682a53e7b6d163e185", "0c9e8f0c5d0d8e4b1d7d4c7ab4a6b1e2");
        assertThat(event("<Event>pic_photo_or_album</Event>" + pics)).isInstanceOf(PicPhotoOrAlbum.class);
        assertThat(event("<Event>pic_weixin</Event>" + pics)).isInstanceOf(PicWeixin.class);
    }

    @Test
    void locationSelectReadsSendLocationInfo() {
        LocationSelect l = (LocationSelect) event("<Event><![CDATA[location_select]]></Event><EventKey>6</EventKey>"
                + "<SendLocationInfo><Location_X><![CDATA[23]]></Location_X><Location_Y><![CDATA[113]]></Location_Y>"
                + "<Scale><![CDATA[15]]></Scale><Label><![CDATA[ 广州市海珠区客村艺苑路 106号]]></Label><Poiname><![CDATA[]]></Poiname>"
                + "</SendLocationInfo>");
        assertThat(l.latitude()).isEqualTo(23.0);
        assertThat(l.longitude()).isEqualTo(113.0);
        assertThat(l.scale()).isEqualTo(15);
        assertThat(l.label()).isEqualTo(" 广州市海珠区客村艺苑路 106号");
        assertThat(l.poiname()).isEmpty();
    }

    @Test
    void viewMiniProgramKeepsPagePathAndMenuId() {
        ViewMiniProgram v = (ViewMiniProgram) event("<Event><![CDATA[view_miniprogram]]></Event>"
                + "<EventKey><![CDATA[pages/index/index]]></EventKey><MenuId>MENUID</MenuId>");
        assertThat(v.eventKey()).isEqualTo("pages/index/index");
        assertThat(v.menuId()).isEqualTo("MENUID");
    }

    @Test
    void subscribeMessagePopupListsEveryTemplate() {
        SubscribeMsgPopup p = (SubscribeMsgPopup) event("<Event><![CDATA[subscribe_msg_popup_event]]></Event>"
                + "<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[VRR0]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
                + "<List><TemplateId><![CDATA[9nLI]]></TemplateId><SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString>"
                + "<PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent>");
        assertThat(p.items()).containsExactly(new SubscribeMsgPopup.Item("VRR0", "accept", 2),
                new SubscribeMsgPopup.Item("9nLI", "reject", 2));
    }

    @Test
    void subscribeMessageChangeAndSentEvents() {
        SubscribeMsgChange c = (SubscribeMsgChange) event("<Event><![CDATA[subscribe_msg_change_event]]></Event>"
                + "<SubscribeMsgChangeEvent><List><TemplateId><![CDATA[VRR0]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString></List></SubscribeMsgChangeEvent>");
        assertThat(c.items()).containsExactly(new SubscribeMsgChange.Item("VRR0", "reject"));
        SubscribeMsgSent s = (SubscribeMsgSent) event("<Event><![CDATA[subscribe_msg_sent_event]]></Event>"
                + "<SubscribeMsgSentEvent><List><TemplateId><![CDATA[VRR0]]></TemplateId><MsgID>1700827132819554304</MsgID>"
                + "<ErrorCode>0</ErrorCode><ErrorStatus><![CDATA[success]]></ErrorStatus></List></SubscribeMsgSentEvent>");
        assertThat(s.items()).containsExactly(new SubscribeMsgSent.Item("VRR0", 1700827132819554304L, 0, "success"));
    }

    @Test
    void publishJobFinishReadsSuccessAndFailure() {
        PublishJobFinish ok = (PublishJobFinish) event("<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo>"
                + "<publish_id>2247503051</publish_id><publish_status>0</publish_status>"
                + "<article_id><![CDATA[b5O2OUs25HBxRceL7hfReg]]></article_id><article_detail><count>1</count>"
                + "<item><idx>1</idx><article_url><![CDATA[ARTICLE_URL]]></article_url></item></article_detail>"
                + "</PublishEventInfo>");
        assertThat(ok.publishId()).isEqualTo(2247503051L);
        assertThat(ok.publishStatus()).isZero();
        assertThat(ok.articleId()).isEqualTo("b5O2OUs25HBxRceL7hfReg");
        assertThat(ok.articleUrls()).containsExactly("ARTICLE_URL");
        PublishJobFinish failed = (PublishJobFinish) event("<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo>"
                + "<publish_id>2247503051</publish_id><publish_status>2</publish_status><fail_idx>1</fail_idx>"
                + "<fail_idx>2</fail_idx></PublishEventInfo>");
        assertThat(failed.failIdx()).containsExactly(1, 2);
        assertThat(failed.articleId()).isNull();
    }

    @Test
    void customerServiceSessionEvents() {
        KfCreateSession c = (KfCreateSession) event("<Event><![CDATA[kf_create_session]]></Event><KfAccount><![CDATA[test1@test]]></KfAccount>");
        assertThat(c.kfAccount()).isEqualTo("test1@test");
        KfCloseSession close = (KfCloseSession) event("<Event><![CDATA[kf_close_session]]></Event><KfAccount><![CDATA[test1@test]]></KfAccount>");
        assertThat(close.kfAccount()).isEqualTo("test1@test");
        KfSwitchSession s = (KfSwitchSession) event("<Event><![CDATA[kf_switch_session]]></Event>"
                + "<FromKfAccount><![CDATA[test1@test]]></FromKfAccount><ToKfAccount><![CDATA[test2@test]]></ToKfAccount>");
        assertThat(s.fromKfAccount()).isEqualTo("test1@test");
        assertThat(s.toKfAccount()).isEqualTo("test2@test");
    }

    @Test
    void eventNamesMatchCaseInsensitively() {
        assertThat(event("<Event>click</Event><EventKey>K</EventKey>")).isInstanceOf(Click.class);
        assertThat(event("<Event>Subscribe</Event>")).isInstanceOf(Subscribe.class);
        assertThat(event("<Event>templatesendjobfinish</Event><MsgID>1</MsgID><Status>failed:user block</Status>"))
                .isInstanceOfSatisfying(TemplateSendJobFinish.class, t -> assertThat(t.succeeded()).isFalse());
    }

    @Test
    void voiceRecognitionIsKept() {
        Voice v = (Voice) codec.decode("<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>voice</MsgType><MediaId>m</MediaId><Format>amr</Format><Recognition><![CDATA[腾讯微信团队]]></Recognition>"
                + "<MsgId>1</MsgId></xml>");
        assertThat(v.recognition()).isEqualTo("腾讯微信团队");
    }
}
