package io.wxkit.modules.member;

/** What an admin (管理者) may do, each role including the ones below it. */
public enum AdminRole {
    /** Search, view and export the members in scope. */
    VIEWER,
    /** Also adjust points, set levels, tags and departments of the members in scope. */
    MANAGER,
    /** Also grant and revoke admins; an owner's scope is every member. */
    OWNER;

    boolean allows(AdminRole needed) {
        return compareTo(needed) >= 0;
    }
}
