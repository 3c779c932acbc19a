package io.wxkit.emulator.archfixture;

import io.wxkit.pay.WxPay;

/** Fixture: the emulator must not reuse wxkit's Pay client. */
public class EmulatorUsingPayClient {
    public String describe(WxPay pay) {
        return pay.toString();
    }
}
