package io.wxkit.examples.news;

import java.util.List;

/** The demo's news articles (微发布), as the organisation's editors would write them. */
final class DemoArticles {

    record Text(String title, String author, String digest, String html, int colour) {
    }

    static final List<Text> ALL = List.of(
            new Text("文化中心春季开放日活动启动", "宣传部",
                    "本周六起，文化中心全馆免费开放，展览、讲座、非遗体验一站看全。",
                    "<p>本周六上午九点，文化中心春季开放日正式启动。全馆展厅、图书馆与非遗工坊免费开放，"
                            + "市民可在服务台领取活动手册。</p><p>现场设有书法、剪纸、活字印刷三个体验区，"
                            + "每场限 30 人，请提前在公众号报名。</p>", 0x07c160),
            new Text("市民讲堂：宋代茶文化与点茶体验", "市民讲堂",
                    "周日下午两点，茶史学者讲述宋人点茶，现场可亲手体验。",
                    "<p>宋代点茶讲究“汤花咬盏”。本期市民讲堂邀请茶史学者，从《茶录》《大观茶论》讲起，"
                            + "介绍宋人饮茶的器具与礼仪。</p><p>讲座后设点茶体验，茶具由中心提供。</p>", 0x576b95),
            new Text("非遗展演周末场次公布", "非遗中心",
                    "昆曲、评弹、皮影戏轮番登场，周末每天三场。",
                    "<p>本周末非遗展演安排如下：上午十点昆曲折子戏，下午两点苏州评弹，下午四点皮影戏。</p>"
                            + "<p>展演在一楼剧场举行，免费入场，座位先到先得。</p>", 0xfa9d3b),
            new Text("志愿者招募：图书馆阅读推广", "志愿者服务队",
                    "招募 20 名阅读推广志愿者，服务时长可计入志愿记录。",
                    "<p>图书馆阅读推广项目招募志愿者 20 名，工作内容包括少儿绘本共读、图书导览与活动协助。</p>"
                            + "<p>报名请在公众号菜单“服务 → 客服”留言，注明姓名与可服务时间。</p>", 0xfa5151));

    private DemoArticles() {
    }
}
