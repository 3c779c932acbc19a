package io.wxkit.examples.member;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.examples.wechat.EmbeddedWeChat;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.member.AdminRole;
import io.wxkit.modules.member.AdminScope;
import io.wxkit.modules.member.Level;
import io.wxkit.modules.member.LevelRule;
import io.wxkit.modules.member.MemberModule;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The member demo: two levels, residents of two districts (东区, 西区) with points, the owner of the 微会员
 * console, and on the emulator a fake user "周主任" who manages the 东区 members only (the scoped admin).
 */
@Component
class MemberSeed implements DemoSeed {
    static final String OWNER = "o_demo_member_owner";
    static final String EAST = "东区";
    static final String WEST = "西区";
    static final String ADMIN_NICKNAME = "周主任 (东区会员管理员)";
    private static final String OPERATOR = "demo-seed";
    private static final Map<String, String[]> RESIDENTS = Map.of(
            "o_demo_member_chenjing", new String[] {"陈静", EAST},
            "o_demo_member_liuyang", new String[] {"刘洋", EAST},
            "o_demo_member_sunli", new String[] {"孙丽", WEST},
            "o_demo_member_zhoujie", new String[] {"周杰", WEST});

    private final MemberModule member;
    private final ObjectProvider<WxEmulator> emulator;
    private final String serviceAppId;

    MemberSeed(MemberModule member, @Qualifier(EmbeddedWeChat.BEAN) ObjectProvider<WxEmulator> emulator,
               Environment env) {
        this.member = member;
        this.emulator = emulator;
        this.serviceAppId = env.getProperty("wxkit.mp.accounts.svc.app-id");
    }

    @Override
    public String name() {
        return "member-levels-residents";
    }

    @Override
    public void seed() {
        member.members().defineLevel(new Level("silver", "银卡会员", 1, new LevelRule.ByPoints(500)), OPERATOR);
        member.members().defineLevel(new Level("gold", "金卡会员", 2, new LevelRule.ByPoints(2000)), OPERATOR);
        int points = 120;
        for (var resident : RESIDENTS.entrySet()) {
            String openid = resident.getKey();
            member.members().join(Participant.of(openid).nickname(resident.getValue()[0]), resident.getValue()[1]);
            member.points().earn(openid, points, "welcome:" + openid, null, "开卡礼 welcome points");
            points += 300;
        }
        member.admins().bootstrapOwner(OWNER, OPERATOR);
    }

    /** The emulator forgets its users on exit: the scoped admin is a new fake user on every start. */
    @Override
    public void everyStart() {
        WxEmulator wx = emulator.getIfAvailable();
        if (wx == null) {
            return;
        }
        String openid = wx.control().user(serviceAppId, ADMIN_NICKNAME).openid();
        member.members().join(Participant.of(openid).nickname(ADMIN_NICKNAME), EAST);
        member.admins().grant(OWNER, openid, AdminRole.MANAGER, Set.of(AdminScope.department(EAST)));
    }
}
