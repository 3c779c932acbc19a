package io.wxkit.examples.admin.analytics;

import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.modules.shop.SalesStatistics.DailySales;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.vote.VoteModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The dashboard's module activity (模块活跃): per China day, from each domain module's own per-day query (the
 * modules' public API; the console runs no SQL on their tables): ballots cast, lottery draws and wins, forum threads
 * and replies, form submissions, shop orders paid and sales (fen), new members. A module the app runs without
 * ({@code wxkit.modules.<name>.enabled=false}) has no series and is named in {@link Series#off()}.
 */
@Component
class ModuleActivity {
    /** The series names, in the order of the table's columns; {@code modSalesFen} is in fen. */
    static final List<String> NAMES = List.of("modVotes", "modDraws", "modWins", "modThreads", "modReplies",
            "modSubmissions", "modOrdersPaid", "modSalesFen", "modNewMembers");

    private final ObjectProvider<VoteModule> vote;
    private final ObjectProvider<LotteryModule> lottery;
    private final ObjectProvider<ForumModule> forum;
    private final ObjectProvider<FormsModule> forms;
    private final ObjectProvider<ShopModule> shop;
    private final ObjectProvider<MemberModule> member;

    ModuleActivity(ObjectProvider<VoteModule> vote, ObjectProvider<LotteryModule> lottery, ObjectProvider<ForumModule> forum,
                   ObjectProvider<FormsModule> forms, ObjectProvider<ShopModule> shop, ObjectProvider<MemberModule> member) {
        this.vote = vote;
        this.lottery = lottery;
        this.forum = forum;
        this.forms = forms;
        this.shop = shop;
        this.member = member;
    }

    /**
     * The series of the modules the app runs, every day from {@code from} to {@code to}.
     *
     * @param series each name of {@link #NAMES} whose module runs → one number per day
     * @param off    the modules that do not run here (投票, 抽奖, ...)
     */
    record Series(Map<String, List<Long>> series, List<String> off) {
        Series {
            series = Map.copyOf(series);
            off = List.copyOf(off);
        }
    }

    Series between(LocalDate from, LocalDate to) {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        List<String> off = new ArrayList<>();
        VoteModule v = vote.getIfAvailable();
        if (v == null) {
            off.add("投票 vote");
        } else {
            series.put("modVotes", counts(v.ballots().perDay(from, to)));
        }
        LotteryModule l = lottery.getIfAvailable();
        if (l == null) {
            off.add("抽奖 lottery");
        } else {
            series.put("modDraws", counts(l.draws().perDay(from, to)));
            series.put("modWins", counts(l.wins().perDay(from, to)));
        }
        ForumModule f = forum.getIfAvailable();
        if (f == null) {
            off.add("论坛 forum");
        } else {
            series.put("modThreads", counts(f.threads().perDay(from, to)));
            series.put("modReplies", counts(f.replies().perDay(from, to)));
        }
        FormsModule fm = forms.getIfAvailable();
        if (fm == null) {
            off.add("表单 forms");
        } else {
            series.put("modSubmissions", counts(fm.submissions().perDay(from, to)));
        }
        shopSeries(from, to, series, off);
        MemberModule m = member.getIfAvailable();
        if (m == null) {
            off.add("会员 member");
        } else {
            series.put("modNewMembers", counts(m.members().perDay(from, to)));
        }
        return new Series(series, off);
    }

    private void shopSeries(LocalDate from, LocalDate to, Map<String, List<Long>> series, List<String> off) {
        ShopModule s = shop.getIfAvailable();
        if (s == null) {
            off.add("微商城 shop");
            return;
        }
        List<DailySales> days = s.statistics().between(from, to);
        series.put("modOrdersPaid", of(days, DailySales::paidOrders));
        series.put("modSalesFen", of(days, DailySales::paidFen));
    }

    private static List<Long> counts(List<DailyCount> days) {
        return of(days, DailyCount::count);
    }

    private static <T> List<Long> of(List<T> days, Function<T, Long> value) {
        return days.stream().map(value).toList();
    }
}
