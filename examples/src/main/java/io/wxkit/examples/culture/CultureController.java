package io.wxkit.examples.culture;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 微展示: the culture page, a showcase with links out to the institutions it presents. */
@Controller
class CultureController {

    /** One showcase item; {@code link} leaves the app. */
    record Exhibit(String title, String text, String link, String linkLabel) {
    }

    static final List<Exhibit> EXHIBITS = List.of(
            new Exhibit("昆曲 Kunqu opera", "“百戏之祖”，2001 年列入联合国教科文组织人类口头和非物质遗产代表作。",
                    "https://ich.unesco.org/en/RL/kun-qu-opera-00004", "UNESCO 非遗名录"),
            new Exhibit("故宫博物院 The Palace Museum", "明清两代的皇家宫殿，藏品逾一百八十万件。",
                    "https://www.dpm.org.cn/", "故宫博物院官网"),
            new Exhibit("中国国家博物馆 National Museum of China", "“古代中国”基本陈列展现中华文明的发展脉络。",
                    "https://www.chnmuseum.cn/", "国家博物馆官网"),
            new Exhibit("中国非物质文化遗产网", "国家级非遗代表性项目名录与传承人介绍。",
                    "https://www.ihchina.cn/", "中国非遗网"));

    @GetMapping("/culture")
    String culture(Model model) {
        model.addAttribute("pageTitle", "微展示");
        model.addAttribute("exhibits", EXHIBITS);
        return "culture/index";
    }
}
