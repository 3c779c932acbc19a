package io.wxkit.examples.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The console's areas: where each lives, its label, and which staff roles may open it. The security wall
 * ({@code web.SecurityConfiguration}) and the navigation both read this list, so a link is shown exactly when
 * the page behind it opens. {@link Role#ADMINISTRATOR} opens every area.
 */
public enum AdminArea {
    MESSAGES("/admin/messages", "消息管理", "Messages", Role.OPERATOR),
    USERS("/admin/users", "用户管理", "Followers", Role.OPERATOR, Role.MEMBER_ADMIN),
    BUSINESS("/admin/business", "业务系统", "Business systems"),
    NOTICES("/admin/notices", "会议通知", "Notices", Role.OPERATOR),
    MENU("/admin/menu", "自定义菜单", "Menu", Role.OPERATOR),
    PUBLISH("/admin/publish", "发布 · 群发", "Publishing", Role.OPERATOR),
    LOTTERY("/admin/lottery", "抽奖", "Lottery", Role.OPERATOR),
    VOTE("/admin/vote", "投票", "Votes", Role.OPERATOR),
    FORMS("/admin/forms", "表单 · 报名", "Forms", Role.OPERATOR),
    ANALYTICS("/admin/analytics", "分析统计", "Analytics", Role.OPERATOR),
    FORUM("/admin/forum", "论坛审核", "Forum", Role.MODERATOR),
    SHOP("/admin/shop", "微商城", "Shop", Role.SHOP_MANAGER),
    MEMBERS("/admin/members", "会员", "Members", Role.MEMBER_ADMIN),
    STAFF("/admin/staff", "员工账号", "Staff"),
    AUDIT("/admin/audit", "审计日志", "Audit log");

    /** The staff roles; Spring Security sees them as {@code ROLE_<name>}. */
    public enum Role {
        OPERATOR("运营"), MODERATOR("版主"), SHOP_MANAGER("商城管理"), MEMBER_ADMIN("会员管理"), ADMINISTRATOR("管理员");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String path;
    private final String label;
    private final String english;
    private final Set<Role> roles;

    AdminArea(String path, String label, String english, Role... roles) {
        this.path = path;
        this.label = label;
        this.english = english;
        this.roles = Set.copyOf(Arrays.asList(roles));
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** The role names (without {@code ROLE_}) that open this area, the administrator's included. */
    public String[] roleNames() {
        return java.util.stream.Stream.concat(roles.stream(), java.util.stream.Stream.of(Role.ADMINISTRATOR))
                .map(Enum::name).distinct().toArray(String[]::new);
    }

    /** Whether someone holding {@code held} may open this area. */
    public boolean opensFor(Set<String> held) {
        return Arrays.stream(roleNames()).anyMatch(held::contains);
    }

    /** The areas someone holding {@code held} may open, in menu order. */
    public static List<AdminArea> openFor(Set<String> held) {
        return Arrays.stream(values()).filter(area -> area.opensFor(held)).toList();
    }
}
