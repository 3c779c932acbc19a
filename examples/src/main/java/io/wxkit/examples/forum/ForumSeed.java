package io.wxkit.examples.forum;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.Reply;
import io.wxkit.modules.forum.ReplyTo;
import org.springframework.stereotype.Component;

/** Three boards and a few threads with replies, written by the demo's residents ({@link ForumNames}). */
@Component
class ForumSeed implements DemoSeed {
    private static final String IP = "127.0.0.1";

    private final ForumModule forum;

    ForumSeed(ForumModule forum) {
        this.forum = forum;
    }

    @Override
    public String name() {
        return "forum-boards";
    }

    @Override
    public void seed() {
        Board talk = forum.boards().create("社区杂谈", "邻里之间，什么都可以聊。Anything goes.", 1);
        Board market = forum.boards().create("二手闲置", "闲置转让、以物换物。Second-hand.", 2);
        forum.boards().create("意见建议", "对社区服务的意见和建议。Suggestions.", 3);
        ForumThread t = forum.threads().post(talk.id(), who(ForumNames.LIHUA), IP, "周末有人一起去湿地公园吗？",
                "天气预报说周六晴，打算早上 9 点出发，骑车去，欢迎报名。");
        Reply r = forum.replies().post(t.id(), who(ForumNames.WANGQIANG), IP, "算我一个！需要自带水吗？", ReplyTo.thread());
        forum.replies().post(t.id(), who(ForumNames.LIHUA), IP, "公园里有补给点，带个水杯就行。", ReplyTo.nestedUnder(r.id()));
        forum.likes().likeThread(t.id(), who(ForumNames.WANGQIANG), IP);
        for (int i = 1; i <= 12; i++) {
            forum.threads().post(market.id(), who(i % 2 == 0 ? ForumNames.LIHUA : ForumNames.ZHAOMIN), IP,
                    "转让闲置物品 #" + i, "九成新，自提，价格可议。第 " + i + " 件。");
        }
    }

    private static Participant who(String openid) {
        return Participant.of(openid).nickname(ForumNames.display(openid));
    }
}
