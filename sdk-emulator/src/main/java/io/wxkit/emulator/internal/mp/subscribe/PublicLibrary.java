package io.wxkit.emulator.internal.mp.subscribe;

import java.util.List;

/**
 * The emulator's public subscribe-template library: every account has the same two categories and these
 * titles under them. WeChat's real library is far larger; the shapes and rules are the same.
 */
final class PublicLibrary {
    record Keyword(int kid, String name, String example, String rule) {
    }

    record Title(long tid, String title, int type, long categoryId, List<Keyword> keywords) {
    }

    record Category(long id, String name) {
    }

    static final List<Category> CATEGORIES = List.of(new Category(616, "公交"), new Category(311, "软件/建站/技术开发"));

    static final List<Title> TITLES = List.of(
            new Title(99, "付款成功通知", 2, 616, List.of(new Keyword(1, "物品名称", "名称", "thing"),
                    new Keyword(2, "支付金额", "¥10.00", "amount"), new Keyword(3, "支付时间", "2026-01-01 10:10", "time"),
                    new Keyword(4, "订单编号", "2026010100001", "character_string"))),
            new Title(100, "乘车提醒", 3, 616, List.of(new Keyword(1, "线路", "1路", "thing"),
                    new Keyword(2, "到站时间", "10:10", "time"), new Keyword(3, "站点", "人民广场", "thing"))),
            new Title(201, "会议提醒", 2, 311, List.of(new Keyword(1, "会议名称", "季度评审", "thing"),
                    new Keyword(2, "会议时间", "2026-01-01 15:00", "time"), new Keyword(3, "会议地点", "A座3楼", "thing"),
                    new Keyword(4, "备注", "请准时参加", "thing"))),
            new Title(202, "服务到期提醒", 3, 311, List.of(new Keyword(1, "服务名称", "云主机", "thing"),
                    new Keyword(2, "到期时间", "2026-02-01", "date"))));

    private PublicLibrary() {
    }

    static Title title(long tid) {
        return TITLES.stream().filter(t -> t.tid() == tid).findFirst().orElse(null);
    }
}
