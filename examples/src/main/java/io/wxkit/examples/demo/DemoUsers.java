package io.wxkit.examples.demo;

import io.wxkit.emulator.EmulatorControl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * The demo's fake users and their openids, for every feature's seeds and tests (bean {@code demoUsers}).
 *
 * <p>The same person exists in both accounts (WeChat gives one openid per account), most of them following,
 * 刘洋 and 赵磊 not (for the follow-required refusals). The users are created by
 * {@code EmbeddedWeChat} right after the accounts, before anything else touches the emulator, in the fixed order
 * of {@link #PEOPLE}, on an emulator whose random source is seeded from {@code <data-dir>/emulator-seed}: so the
 * openids are the same on every start against the same data directory, and rows that name an openid (bindings,
 * votes, orders) still belong to the same fake user after a restart. With real WeChat (no emulator) the list is
 * empty.
 */
public final class DemoUsers {
    /** The bean name. */
    public static final String BEAN = "demoUsers";
    /** Keys of the demo people (the same key in both accounts). */
    public static final String ZHANG_WEI = "zhangwei";
    public static final String LI_NA = "lina";
    public static final String WANG_FANG = "wangfang";
    public static final String CHEN_JING = "chenjing";
    public static final String LIU_YANG = "liuyang";
    public static final String ZHAO_LEI = "zhaolei";

    /** Who the demo knows, in creation order (changing the order changes the openids of an existing data dir). */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(ZHANG_WEI, "张伟", true),
            new DemoPerson(LI_NA, "李娜", true),
            new DemoPerson(WANG_FANG, "王芳", true),
            new DemoPerson(CHEN_JING, "陈静", true),
            new DemoPerson(LIU_YANG, "刘洋", false),
            new DemoPerson(ZHAO_LEI, "赵磊", false));

    private final Map<String, Entry> byAccountAndKey;

    private DemoUsers(Map<String, Entry> byAccountAndKey) {
        this.byAccountAndKey = byAccountAndKey;
    }

    /** No fake users (real WeChat). */
    public static DemoUsers none() {
        return new DemoUsers(Map.of());
    }

    /**
     * Creates every demo person in each account, in order, through the emulator's control API.
     *
     * @param accounts account name → appId, in the order to create them
     */
    public static DemoUsers create(EmulatorControl control, Map<String, String> accounts) {
        return resolve(accounts, (appId, nickname) -> control.user(appId, nickname).openid());
    }

    /**
     * The demo people as some emulator already knows them (a second instance joining the first one's emulator).
     *
     * @param accounts account name → appId
     * @param openidOf (appId, nickname) → that person's openid in the account
     */
    public static DemoUsers resolve(Map<String, String> accounts, BiFunction<String, String, String> openidOf) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        accounts.forEach((name, appId) -> {
            for (DemoPerson p : PEOPLE) {
                String openid = openidOf.apply(appId, p.nickname());
                entries.put(name + "/" + p.key(), new Entry(new DemoUser(name, p.key(), p.nickname(), p.follows()),
                        appId, openid));
            }
        });
        return new DemoUsers(Map.copyOf(entries));
    }

    /** The demo people's nicknames, in creation order. */
    public static List<String> nicknames() {
        return PEOPLE.stream().map(DemoPerson::nickname).toList();
    }

    public boolean isEmpty() {
        return byAccountAndKey.isEmpty();
    }

    /** The openid of person {@code key} in account {@code account} ({@code "svc"}, {@code "sub"}). */
    public String openid(String account, String key) {
        return entry(account, key).openid();
    }

    /** The demo entry of person {@code key} in {@code account}. */
    public Entry entry(String account, String key) {
        Entry e = byAccountAndKey.get(account + "/" + key);
        if (e == null) {
            throw new NoSuchElementException("no demo user " + key + " in account " + account);
        }
        return e;
    }

    /** Every demo user of {@code account}, in creation order. */
    public List<Entry> of(String account) {
        List<Entry> list = new ArrayList<>();
        for (DemoPerson p : PEOPLE) {
            Entry e = byAccountAndKey.get(account + "/" + p.key());
            if (e != null) {
                list.add(e);
            }
        }
        return list;
    }

    /** The demo user behind {@code openid}, if it is one. */
    public java.util.Optional<Entry> byOpenid(String openid) {
        return byAccountAndKey.values().stream().filter(e -> e.openid().equals(openid)).findFirst();
    }

    /** A demo user with the emulator's openid and the account's appId. */
    public record Entry(DemoUser user, String appId, String openid) {
        public String nickname() {
            return user.nickname();
        }
    }

    record DemoPerson(String key, String nickname, boolean follows) {
    }
}
