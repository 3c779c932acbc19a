package io.wxkit.examples.admin.shop;

import io.wxkit.examples.admin.charts.BarChart;
import io.wxkit.modules.shop.SalesStatistics.DailySales;
import io.wxkit.modules.shop.ShopModule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/shop/sales} (销售统计): the amounts paid and refunded per day (the chart) and the paid orders, units and net (the table) over a date range
 * (at most {@value #MAX_DAYS} days, default the last 14 up to today, China time), drawn with ECharts, with the table
 * of the numbers. The numbers are the shop module's {@code SalesStatistics}, one day at a time.
 */
@Controller
class ShopSalesController {
    static final int MAX_DAYS = 92;
    private final ObjectProvider<ShopModule> shop;

    ShopSalesController(ObjectProvider<ShopModule> shop) {
        this.shop = shop;
    }

    @GetMapping("/admin/shop/sales")
    String sales(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        LocalDate today = LocalDate.now(OrderFilter.CHINA);
        LocalDate end = parse(to, today);
        LocalDate start = parse(from, end == null ? null : end.minusDays(13));
        String problem = null;
        if (start == null || end == null) {
            problem = "日期格式 yyyy-MM-dd Dates as yyyy-MM-dd";
        } else if (start.isAfter(end)) {
            problem = "开始日期晚于结束日期 The start is after the end";
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            problem = "最多 " + MAX_DAYS + " 天 At most " + MAX_DAYS + " days";
        }
        model.addAttribute("from", from.isBlank() && start != null ? start.toString() : from);
        model.addAttribute("to", to.isBlank() && end != null ? end.toString() : to);
        ShopModule module = ShopNav.shop(shop, model);
        if (problem != null) {
            model.addAttribute("error", problem);
            model.addAttribute("rangeError", problem);
            model.addAttribute("days", List.of());
            return "admin/shop-sales";
        }
        List<DailySales> days = new ArrayList<>();
        if (module != null) {
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                days.add(module.statistics().of(d));
            }
        }
        model.addAttribute("days", days);
        model.addAttribute("chart", chart(days).json());
        model.addAttribute("paidTotal", Yuan.format(days.stream().mapToLong(DailySales::paidFen).sum()));
        model.addAttribute("refundedTotal", Yuan.format(days.stream().mapToLong(DailySales::refundedFen).sum()));
        model.addAttribute("ordersTotal", days.stream().mapToLong(DailySales::paidOrders).sum());
        return "admin/shop-sales";
    }

    static BarChart chart(List<DailySales> days) {
        return new BarChart(days.stream().map(d -> d.day().toString().substring(5)).toList(), List.of(
                BarChart.Series.bar("收款 paid (元)", days.stream().map(d -> d.paidFen() / 100.0).toList()),
                BarChart.Series.bar("退款 refunded (元)", days.stream().map(d -> d.refundedFen() / 100.0).toList())));
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        if (text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
