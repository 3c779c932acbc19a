package io.wxkit.examples.forum;

import io.wxkit.modules.common.Page;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.Reply;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.ui.Model;

/** The model of the thread page (shared by reading it and by a refused reply, which shows it again). */
final class ForumPages {

    private ForumPages() {
    }

    static void thread(Model model, ForumModule forum, ForumThread thread, String after) {
        Page<Reply> floors = forum.replies().list(thread.id(), ForumController.request(after, ForumController.REPLIES_PER_PAGE));
        model.addAttribute("pageTitle", "微论坛");
        model.addAttribute("thread", thread);
        model.addAttribute("board", forum.boards().find(thread.boardId()));
        model.addAttribute("replies", floors.items());
        model.addAttribute("next", floors.next().orElse(null));
        model.addAttribute("names", names(Stream.concat(Stream.of(thread.author()),
                floors.items().stream().map(Reply::author))));
    }

    /** openid → the name the page shows, for every author on the page. */
    static Map<String, String> names(Stream<String> openids) {
        Map<String, String> names = new HashMap<>();
        openids.forEach(o -> names.computeIfAbsent(o, ForumNames::display));
        return names;
    }
}
