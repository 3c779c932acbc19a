package io.wxkit.examples.admin.members;

import io.wxkit.modules.member.MemberModule;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who a console user is to the member module, which checks every admin call against its own admins and their scopes.
 * A member admin (role MEMBER_ADMIN) is the module admin {@code staff_<username>}: an administrator grants them a
 * role and scopes on the scopes page, and until then the module refuses them (NOT_ADMIN). An administrator acts as
 * the module's owner ({@code examples.admin.members.owner}), who sees every member and grants the others; with no
 * module admin at all yet, that owner is bootstrapped on first use.
 */
@Component
class MemberActors {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{1,58}");
    private final MemberModule member;
    private final String owner;

    MemberActors(MemberModule member, Environment env) {
        this.member = member;
        this.owner = env.getProperty("examples.admin.members.owner", "staff_console_owner");
    }

    /** The module admin id the signed-in staff member acts as. */
    String actor(Authentication auth) {
        return isAdministrator(auth) ? owner() : staffId(auth.getName());
    }

    /** The owner id, bootstrapped when the module has no admin at all. */
    String owner() {
        if (member.admins().find(owner).isEmpty()) {
            try {
                member.admins().bootstrapOwner(owner, "admin-console");
            } catch (io.wxkit.modules.common.ModuleException e) {
                throw new IllegalStateException("the member module has admins but not the console's owner " + owner
                        + " (examples.admin.members.owner): set it to one of the module's owners", e);
            }
        }
        return owner;
    }

    /** {@code staff_<username>}; usernames outside the module's id alphabet cannot be member admins. */
    static String staffId(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名只能含字母、数字、_ 和 - 才能管理会员 The username " + username
                    + " has characters the member module does not accept (letters, digits, _ and - only)");
        }
        return "staff_" + username;
    }

    static boolean isAdministrator(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    }
}
