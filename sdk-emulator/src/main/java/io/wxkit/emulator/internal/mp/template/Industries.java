package io.wxkit.emulator.internal.mp.template;

import java.util.List;

/**
 * WeChat's industry table for template messages (设置所属行业): codes 1–41, each a first class and a second
 * class, as listed on the template message page.
 */
final class Industries {
    private static final List<String[]> TABLE = List.of(
            new String[] {"IT科技", "互联网|电子商务"}, new String[] {"IT科技", "IT软件与服务"},
            new String[] {"IT科技", "IT硬件与设备"}, new String[] {"IT科技", "电子技术"},
            new String[] {"IT科技", "通信与运营商"}, new String[] {"IT科技", "网络游戏"},
            new String[] {"金融业", "银行"}, new String[] {"金融业", "基金理财信托"}, new String[] {"金融业", "保险"},
            new String[] {"餐饮", "餐饮"}, new String[] {"酒店旅游", "酒店"}, new String[] {"酒店旅游", "旅游"},
            new String[] {"运输与仓储", "快递"}, new String[] {"运输与仓储", "物流"}, new String[] {"运输与仓储", "仓储"},
            new String[] {"教育", "培训"}, new String[] {"教育", "院校"},
            new String[] {"政府与公共事业", "学术科研"}, new String[] {"政府与公共事业", "交警"},
            new String[] {"政府与公共事业", "博物馆"}, new String[] {"政府与公共事业", "公共事业|非盈利机构"},
            new String[] {"医药护理", "医药医疗"}, new String[] {"医药护理", "护理美容"},
            new String[] {"医药护理", "保健与卫生"}, new String[] {"交通工具", "汽车相关"},
            new String[] {"交通工具", "摩托车相关"}, new String[] {"交通工具", "火车相关"},
            new String[] {"交通工具", "飞机相关"}, new String[] {"房地产", "建筑"}, new String[] {"房地产", "物业"},
            new String[] {"消费品", "消费品"}, new String[] {"商业服务", "法律"}, new String[] {"商业服务", "会展"},
            new String[] {"商业服务", "中介服务"}, new String[] {"商业服务", "认证"}, new String[] {"商业服务", "审计"},
            new String[] {"文体娱乐", "传媒"}, new String[] {"文体娱乐", "体育"}, new String[] {"文体娱乐", "娱乐休闲"},
            new String[] {"印刷", "印刷"}, new String[] {"其它", "其它"});

    private Industries() {
    }

    /** True for a code of the table. */
    static boolean known(int code) {
        return code >= 1 && code <= TABLE.size();
    }

    static String firstClass(int code) {
        return TABLE.get(code - 1)[0];
    }

    static String secondClass(int code) {
        return TABLE.get(code - 1)[1];
    }
}
