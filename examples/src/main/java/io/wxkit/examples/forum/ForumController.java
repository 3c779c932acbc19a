package io.wxkit.examples.forum;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 微论坛, reading: boards, a board's threads (keyset "more"), a thread with its floors. */
@Controller
class ForumController {
    static final int THREADS_PER_PAGE = 10;
    static final int REPLIES_PER_PAGE = 20;

    private final ForumModule forum;

    ForumController(ForumModule forum) {
        this.forum = forum;
    }

    @GetMapping("/forum")
    String boards(Model model) {
        model.addAttribute("pageTitle", "微论坛");
        model.addAttribute("boards", forum.boards().list());
        return "forum/boards";
    }

    @GetMapping("/forum/board/{id}")
    String board(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
        Board board = call(() -> forum.boards().find(id));
        Page<ForumThread> page = call(() -> forum.threads().list(id, request(after, THREADS_PER_PAGE)));
        model.addAttribute("pageTitle", board.name());
        model.addAttribute("board", board);
        model.addAttribute("pinned", after == null ? forum.threads().pinned(id) : List.of());
        model.addAttribute("threads", page.items());
        model.addAttribute("next", page.next().orElse(null));
        model.addAttribute("names", ForumPages.names(page.items().stream().map(ForumThread::author)));
        return "forum/board";
    }

    @GetMapping("/forum/thread/{id}")
    String thread(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
        ForumThread thread = call(() -> after == null ? forum.threads().open(id) : forum.threads().find(id));
        ForumPages.thread(model, forum, thread, after);
        return "forum/thread";
    }

    static PageRequest request(String after, int size) {
        return after == null || after.isBlank() ? PageRequest.first(size) : PageRequest.after(after, size);
    }

    static <T> T call(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ModuleException e) {
            if (e.code().endsWith("NOT_FOUND") || "INVALID_INPUT".equals(e.code())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, ForumMessages.of(e), e);
            }
            throw e;
        }
    }
}
