package io.wxkit.examples.admin.forum;

import io.wxkit.modules.forum.ForumModule;
import java.util.regex.Pattern;

/**
 * Who a console moderator is to the forum module. The module checks every moderation call against its own table of
 * moderators, keyed by an id of {@code [A-Za-z0-9_-]}; the console's role wall ({@code AdminArea.FORUM}) already
 * decided that this staff member moderates, so the console enrols them as a forum administrator under
 * {@code staff_<username>} on their first action. The prefix keeps staff apart from WeChat openids, and the module's
 * audit rows then name the staff member.
 */
final class Moderators {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{1,58}");

    private Moderators() {
    }

    /** The forum actor of staff {@code username}, enrolled as a forum administrator if not yet. */
    static String actor(ForumModule forum, String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名只能含字母、数字、_ 和 - 才能审核论坛 The username " + username
                    + " has characters the forum module does not accept (letters, digits, _ and - only)");
        }
        String actor = "staff_" + username;
        if (!forum.boards().isModerator(0, actor)) {
            forum.boards().grantAdmin(actor);
        }
        return actor;
    }
}
