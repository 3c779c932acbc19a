package io.wxkit.examples.demo;

/**
 * One fake WeChat user of the demo, as seeded into the emulator.
 *
 * @param account  the account name ({@code sub} or {@code svc}, see {@code DemoAccounts}); openids are per account
 * @param key      a stable handle for code and tests ({@code "zhangwei"}); the openid itself comes from the emulator
 * @param nickname what the emulator's consent page and phone show
 * @param follows  whether the demo makes this user follow the account on every start
 */
public record DemoUser(String account, String key, String nickname, boolean follows) {
}
