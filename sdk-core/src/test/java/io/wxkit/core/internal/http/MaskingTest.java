package io.wxkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void urlMasksTokenAndSecretButKeepsOtherParameters() {
        assertThat(Masking.url("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=S3CR3T"))
                .isEqualTo("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=***");
        assertThat(Masking.url("https://api.weixin.qq.com/cgi-bin/user/info?access_token=TOK&openid=o1"))
                .isEqualTo("https://api.weixin.qq.com/cgi-bin/user/info?access_token=***&openid=o1");
    }

    @Test
    void textMasksPairsAndJsonFieldsButNotErrcode() {
        assertThat(Masking.text("errcode=40001 access_token=TOK&secret=S code=C sign=X"))
                .isEqualTo("errcode=40001 access_token=***&secret=*** code=*** sign=***");
        assertThat(Masking.text("{\"appid\":\"wx1\",\"secret\":\"S3CR3T\",\"access_token\":\"TOK\",\"errcode\":0}"))
                .isEqualTo("{\"appid\":\"wx1\",\"secret\":\"***\",\"access_token\":\"***\",\"errcode\":0}");
        assertThat(Masking.text("invalid credential, access_token is invalid or not latest rid: 65a1"))
                .isEqualTo("invalid credential, access_token is invalid or not latest rid: 65a1");
    }

    @Test
    void namesEndingLikeCredentialsAreSensitive() {
        assertThat(Masking.isSensitive("jsapi_ticket")).isTrue();
        assertThat(Masking.isSensitive("refresh_token")).isTrue();
        assertThat(Masking.isSensitive("apiV3Key")).isTrue();
        assertThat(Masking.isSensitive("paySign")).isTrue();
        assertThat(Masking.isSensitive("Wechatpay-Signature")).isTrue();
        assertThat(Masking.isSensitive("openid")).isFalse();
        assertThat(Masking.isSensitive("errcode")).isFalse();
        assertThat(Masking.isSensitive("media_id")).isFalse();
    }
}
