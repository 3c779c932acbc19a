package io.wxkit.mp.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthTokenTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void documentedExchangeSampleBecomesATypedTokenWithExpiry() throws Exception {
        // sample: https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsaccesstoken
        // (the doc's placeholder "SCOPE" replaced by a real scope value)
        String body = "{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200,\"refresh_token\":\"REFRESH_TOKEN\","
                + "\"openid\":\"OPENID\",\"scope\":\"snsapi_userinfo\",\"is_snapshotuser\":1,\"unionid\":\"UNIONID\"}";
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        OAuthToken t = json.readValue(body, OAuthTokenResponse.class).toToken(now);
        assertThat(t.accessToken()).isEqualTo("ACCESS_TOKEN");
        assertThat(t.refreshToken()).isEqualTo("REFRESH_TOKEN");
        assertThat(t.openid()).isEqualTo("OPENID");
        assertThat(t.unionid()).isEqualTo("UNIONID");
        assertThat(t.scope()).isEqualTo(Scope.USERINFO);
        assertThat(t.snapshotUser()).isTrue();
        assertThat(t.expiresAt()).isEqualTo(now.plusSeconds(7200));
        assertThat(t.isExpiredAt(now.plusSeconds(7199))).isFalse();
        assertThat(t.isExpiredAt(now.plusSeconds(7200))).isTrue();
    }

    @Test
    void refreshSampleWithoutUnionidOrSnapshotFlagParses() throws Exception {
        String body = "{\"access_token\":\"A2\",\"expires_in\":7200,\"refresh_token\":\"R2\",\"openid\":\"O\",\"scope\":\"snsapi_base\"}";
        OAuthToken t = json.readValue(body, OAuthTokenResponse.class).toToken(Instant.EPOCH);
        assertThat(t.unionid()).isNull();
        assertThat(t.snapshotUser()).isFalse();
        assertThat(t.scope()).isEqualTo(Scope.BASE);
    }

    @Test
    void toStringNeverShowsTokens() throws Exception {
        OAuthTokenResponse r = json.readValue("{\"access_token\":\"SECRET-A\",\"expires_in\":1,\"refresh_token\":\"SECRET-R\","
                + "\"openid\":\"O\",\"scope\":\"snsapi_base\"}", OAuthTokenResponse.class);
        assertThat(r.toString()).doesNotContain("SECRET");
        assertThat(r.toToken(Instant.EPOCH).toString()).doesNotContain("SECRET").contains("openid=O");
    }

    @Test
    void tokenWithoutAccessTokenOrOpenidIsRejected() {
        assertThatThrownBy(() -> new OAuthToken("", "r", "o", null, Scope.BASE, Instant.EPOCH, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessToken");
        assertThatThrownBy(() -> new OAuthToken("a", "r", null, null, Scope.BASE, Instant.EPOCH, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openid");
    }

    @Test
    void documentedUserinfoSampleParses() throws Exception {
        String body = "{\"openid\":\"OPENID\",\"nickname\":\"NICKNAME\",\"sex\":1,\"province\":\"PROVINCE\",\"city\":\"CITY\","
                + "\"country\":\"COUNTRY\",\"headimgurl\":\"https://thirdwx.qlogo.cn/mmopen/g3Mon/46\","
                + "\"privilege\":[\"PRIVILEGE1\",\"PRIVILEGE2\"],\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"}";
        OAuthUser u = json.readValue(body, OAuthUser.class);
        assertThat(u.openid()).isEqualTo("OPENID");
        assertThat(u.sex()).isEqualTo(1);
        assertThat(u.headImgUrl()).startsWith("https://thirdwx");
        assertThat(u.privilege()).containsExactly("PRIVILEGE1", "PRIVILEGE2");
        assertThat(u.unionid()).isEqualTo("o6_bmasdasdsad6_2sgVt7hMZOPfL");
        assertThat(json.readValue("{\"openid\":\"O\"}", OAuthUser.class).privilege()).isEmpty();
    }
}
