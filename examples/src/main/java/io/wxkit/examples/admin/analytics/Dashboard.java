package io.wxkit.examples.admin.analytics;

import io.wxkit.examples.admin.messages.LoggedMessage;
import io.wxkit.examples.admin.messages.MessageLog;
import io.wxkit.examples.admin.shop.Yuan;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.analytics.ArticleSummary;
import io.wxkit.mp.analytics.DateRange;
import io.wxkit.mp.analytics.Period;
import io.wxkit.mp.analytics.UpstreamMessage;
import io.wxkit.mp.analytics.UserCumulate;
import io.wxkit.mp.analytics.UserSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analytics dashboard's numbers for one account and range. WeChat's data-cube series (followers new / lost /
 * net / cumulative, upstream messages, article reads) come from {@code mp.analytics()}, which ends yesterday (China
 * time) and has a span per endpoint, so the range is walked in windows of that span. The platform's own series
 * (messages and events the console recorded, menu clicks, template-send reports) reach today.
 */
public final class Dashboard {
    private final List<LocalDate> days;
    private final Map<String, List<Long>> series = new LinkedHashMap<>();
    private final Map<String, Long> menuKeys = new TreeMap<>();
    private List<String> modulesOff = List.of();

    private Dashboard(LocalDate from, LocalDate to) {
        this.days = from.datesUntil(to.plusDays(1)).toList();
    }

    static Dashboard build(WxMp mp, MessageLog log, String appId, LocalDate from, LocalDate to, LocalDate today) {
        Dashboard d = new Dashboard(from, to);
        LocalDate wxTo = to.isBefore(today) ? to : today.minusDays(1);
        d.wechat(mp, from, wxTo);
        d.platform(log.inboundBetween(appId, from.atStartOfDay(MessageLog.CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(MessageLog.CHINA).toInstant()), from, to);
        return d;
    }

    private void wechat(WxMp mp, LocalDate from, LocalDate to) {
        DaySeries fresh = new DaySeries(from, to);
        DaySeries lost = new DaySeries(from, to);
        DaySeries cumulative = new DaySeries(from, to);
        DaySeries messages = new DaySeries(from, to);
        DaySeries reads = new DaySeries(from, to);
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6).isAfter(to) ? to : start.plusDays(6);
            DateRange range = DateRange.of(start, end);
            for (UserSummary s : mp.analytics().userSummary(range)) {
                fresh.add(s.refDate(), s.newUser());
                lost.add(s.refDate(), s.cancelUser());
            }
            for (UserCumulate c : mp.analytics().userCumulate(range)) {
                cumulative.set(c.refDate(), c.cumulateUser());
            }
            for (UpstreamMessage m : mp.analytics().upstreamMessages(range, Period.DAY)) {
                messages.add(m.refDate(), m.msgCount());
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (ArticleSummary a : mp.analytics().articleSummary(DateRange.day(day))) {
                reads.add(a.refDate(), a.intPageReadCount());
            }
        }
        List<Long> net = new java.util.ArrayList<>();
        for (int i = 0; i < fresh.values().size(); i++) {
            net.add(fresh.values().get(i) - lost.values().get(i));
        }
        put("wxNewUsers", fresh);
        put("wxLostUsers", lost);
        series.put("wxNetUsers", pad(net));
        put("wxCumulateUsers", cumulative);
        put("wxMessages", messages);
        put("wxArticleReads", reads);
    }

    private void platform(List<LoggedMessage> rows, LocalDate from, LocalDate to) {
        DaySeries messages = new DaySeries(from, to);
        DaySeries follows = new DaySeries(from, to);
        DaySeries clicks = new DaySeries(from, to);
        DaySeries templates = new DaySeries(from, to);
        for (LoggedMessage m : rows) {
            LocalDate day = m.at().atZone(MessageLog.CHINA).toLocalDate();
            if (m.event() == null) {
                messages.add(day, 1);
            } else if (m.event().equals("subscribe")) {
                follows.add(day, 1);
            } else if (m.event().equals("CLICK") || m.event().equals("VIEW")) {
                clicks.add(day, 1);
                menuKeys.merge(m.summary().substring(m.event().length()).trim(), 1L, Long::sum);
            } else if (m.event().equals("TEMPLATESENDJOBFINISH")) {
                templates.add(day, 1);
            }
        }
        put("ownMessages", messages);
        put("ownFollows", follows);
        put("ownMenuClicks", clicks);
        put("ownTemplateSends", templates);
    }

    /** Adds the modules' own per-day series (they cover the whole range, today included). */
    void addModules(ModuleActivity.Series activity) {
        activity.series().forEach((name, values) -> series.put(name, pad(values)));
        modulesOff = activity.off();
    }

    /** The modules the app runs without: their columns show "off", not 0. */
    public List<String> modulesOff() {
        return modulesOff;
    }

    /** The module series, in the order of the module table's columns. */
    public List<String> moduleColumns() {
        return ModuleActivity.NAMES;
    }

    /** The total of a series in fen, as yuan. */
    public String yuanTotal(String name) {
        return Yuan.format(total(name));
    }

    /** Whether series {@code name} exists (its module runs). */
    public boolean has(String name) {
        return series.containsKey(name);
    }

    /** Day {@code index} of a series in fen, as yuan ({@code 68.50}). */
    public String yuan(String name, int index) {
        return Yuan.format(series.get(name).get(index));
    }

    /** A WeChat series covers up to yesterday; the days after it (today) show as 0 to keep one x axis. */
    private void put(String name, DaySeries s) {
        series.put(name, pad(s.values()));
    }

    private List<Long> pad(List<Long> values) {
        List<Long> padded = new java.util.ArrayList<>(values);
        while (padded.size() < days.size()) {
            padded.add(0L);
        }
        return padded.subList(0, days.size());
    }

    public List<String> days() {
        return days.stream().map(LocalDate::toString).toList();
    }

    public Map<String, List<Long>> series() {
        return series;
    }

    public Map<String, Long> menuKeys() {
        return menuKeys;
    }

    /** The chart data as JSON: day strings and numbers only (no user-typed text), so it is written directly. */
    public String json() {
        StringBuilder out = new StringBuilder("{\"days\":[");
        out.append(String.join(",", days().stream().map(d -> "\"" + d + "\"").toList())).append("],\"series\":{");
        boolean first = true;
        for (Map.Entry<String, List<Long>> e : series.entrySet()) {
            out.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
            first = false;
        }
        return out.append("}}").toString();
    }

    public long total(String name) {
        return series.getOrDefault(name, List.of()).stream().mapToLong(Long::longValue).sum();
    }
}
