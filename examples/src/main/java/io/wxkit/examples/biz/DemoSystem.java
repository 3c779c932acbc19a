package io.wxkit.examples.biz;

import java.util.List;
import java.util.Optional;

/**
 * The two demo business systems the WeChat platform signs users into: a library's loans system and a venue
 * booking system. Each is an SSO client of the broker ({@code clientId}) and plays its own part under
 * {@code /biz/<clientId>/}.
 */
public record DemoSystem(String clientId, String name, String accountLabel) {
    public static final DemoSystem LIBRARY = new DemoSystem("library", "图书馆借阅系统", "读者证号");
    public static final DemoSystem BOOKING = new DemoSystem("booking", "场馆预约系统", "预约账号");
    public static final List<DemoSystem> ALL = List.of(LIBRARY, BOOKING);

    public static Optional<DemoSystem> byId(String clientId) {
        return ALL.stream().filter(s -> s.clientId().equals(clientId)).findFirst();
    }

    /** The account a demo person holds in this system, and what the system knows about it. */
    public record Account(String clientId, String accountId, String holder, String detail) {
    }

    /** The demo accounts: key of the demo person → account in each system. */
    static final List<Account> ACCOUNTS = List.of(
            new Account("library", "L1001", "张伟", "《红楼梦》（12月10日到期）、《宋词三百首》（12月15日到期）"),
            new Account("library", "L1002", "李娜", "《东京梦华录》（12月8日到期）"),
            new Account("library", "L1003", "王芳", "暂无借阅"),
            new Account("booking", "B2001", "张伟", "12月6日 上午 书法体验室"),
            new Account("booking", "B2002", "王芳", "12月7日 下午 多功能厅"));
}
