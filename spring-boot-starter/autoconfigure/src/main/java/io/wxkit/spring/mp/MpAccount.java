package io.wxkit.spring.mp;

import io.wxkit.mp.WxMp;

/**
 * One configured account: the property prefix it came from (for messages), its settings and the built
 * entry object.
 */
record MpAccount(String prefix, WxMpAccountProperties settings, String callbackPath, WxMp mp) {
}
