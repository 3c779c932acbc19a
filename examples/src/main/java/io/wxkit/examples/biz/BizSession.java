package io.wxkit.examples.biz;

import java.io.Serializable;

/** Who is signed in to a demo business system, in its HTTP session (one attribute per system). */
record BizSession(String clientId, String openid, String accountId, String ssoSessionId) implements Serializable {
    static String attribute(String clientId) {
        return "examples.biz." + clientId;
    }

    static String stateAttribute(String clientId) {
        return "examples.biz.state." + clientId;
    }
}
