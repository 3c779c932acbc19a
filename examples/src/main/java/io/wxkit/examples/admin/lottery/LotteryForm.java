package io.wxkit.examples.admin.lottery;

import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.LotteryMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lottery setup form: title, mode, opening hours (China time), limits, and up to {@link #PRIZES} prize rows
 * (name, weight, stock). {@link #errors()} says what is wrong per field; the module validates the draft again.
 */
record LotteryForm(String title, String mode, String opensAt, String closesAt, String keyword, String drawsTotal,
                   String drawsDaily, String winLimit, String noPrizeWeight, boolean followRequired, List<PrizeRow> prizes) {
    static final int PRIZES = 4;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record PrizeRow(String name, String weight, String stock) {
        boolean empty() {
            return name.isBlank() && weight.isBlank() && stock.isBlank();
        }
    }

    static LotteryForm parse(Map<String, String> p) {
        List<PrizeRow> prizes = new ArrayList<>();
        for (int i = 0; i < PRIZES; i++) {
            prizes.add(new PrizeRow(v(p, "p" + i + ".name"), v(p, "p" + i + ".weight"), v(p, "p" + i + ".stock")));
        }
        return new LotteryForm(v(p, "title"), v(p, "mode"), v(p, "opensAt"), v(p, "closesAt"), v(p, "keyword"),
                v(p, "drawsTotal"), v(p, "drawsDaily"), v(p, "winLimit"), v(p, "noPrizeWeight"),
                "true".equals(p.get("followRequired")), prizes);
    }

    static LotteryForm blank(LocalDateTime now) {
        List<PrizeRow> prizes = new ArrayList<>();
        for (int i = 0; i < PRIZES; i++) {
            prizes.add(new PrizeRow("", "", ""));
        }
        String open = now.withSecond(0).withNano(0).toString();
        return new LotteryForm("", "WHEEL", open, now.plusDays(7).withSecond(0).withNano(0).toString(), "", "10", "3",
                "1", "50", false, prizes);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank() || title.length() > 200) {
            errors.put("title", "标题 1–200 个字 Title: 1–200 characters");
        }
        LotteryMode m = lotteryMode();
        if (m == null) {
            errors.put("mode", "请选择玩法 Choose a mode");
        }
        LocalDateTime open = time(opensAt);
        LocalDateTime close = time(closesAt);
        if (open == null) {
            errors.put("opensAt", "请填写开始时间 Opening time required");
        }
        if (close == null || (open != null && !close.isAfter(open))) {
            errors.put("closesAt", "结束时间需晚于开始时间 Must be after the opening time");
        }
        if (m == LotteryMode.MESSAGE && keyword.isBlank()) {
            errors.put("keyword", "留言抽奖需要关键词 Message mode needs a keyword");
        }
        number(errors, "drawsTotal", drawsTotal);
        number(errors, "drawsDaily", drawsDaily);
        number(errors, "winLimit", winLimit);
        number(errors, "noPrizeWeight", noPrizeWeight);
        int used = 0;
        for (int i = 0; i < prizes.size(); i++) {
            PrizeRow row = prizes.get(i);
            if (row.empty()) {
                continue;
            }
            used++;
            if (row.name().isBlank() || row.name().length() > 100) {
                errors.put("p" + i + ".name", "奖品名称 1–100 个字 Prize name: 1–100 characters");
            }
            number(errors, "p" + i + ".weight", row.weight());
            number(errors, "p" + i + ".stock", row.stock());
        }
        if (used == 0) {
            errors.put("prizes", "至少一个奖品 At least one prize");
        }
        return errors;
    }

    /** The module's draft of a form without {@link #errors()}. */
    ActivityDraft draft() {
        ActivityDraft d = ActivityDraft.of(title, lotteryMode(), time(opensAt).atZone(CHINA).toInstant(),
                time(closesAt).atZone(CHINA).toInstant());
        for (PrizeRow row : prizes) {
            if (!row.empty()) {
                d = d.prize(row.name(), Long.parseLong(row.weight()), Integer.parseInt(row.stock()));
            }
        }
        if (Long.parseLong(noPrizeWeight) > 0) {
            d = d.noPrize(Long.parseLong(noPrizeWeight));
        }
        d = d.drawLimits(Integer.parseInt(drawsTotal), Integer.parseInt(drawsDaily)).winLimit(Integer.parseInt(winLimit))
                .followRequired(followRequired);
        return lotteryMode() == LotteryMode.MESSAGE ? d.keyword(keyword) : d;
    }

    LotteryMode lotteryMode() {
        try {
            return LotteryMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void number(Map<String, String> errors, String field, String value) {
        if (!value.matches("\\d{1,9}")) {
            errors.put(field, "请填写 0 或正整数 A whole number ≥ 0");
        }
    }

    private static LocalDateTime time(String text) {
        try {
            return text.isBlank() ? null : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String v(Map<String, String> p, String name) {
        String s = p.get(name);
        return s == null ? "" : s.trim();
    }
}
