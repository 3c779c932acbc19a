package io.wxkit.redis.archfixture;

import io.wxkit.mp.WxMp;

/** Fixture: redis may depend on core only; this one reaches into mp. */
public class RedisReachingIntoMp {
    public String appIdOf(WxMp mp) {
        return mp.toString();
    }
}
