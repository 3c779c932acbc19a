package io.wxkit.spring.modules.forum;

import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.Reply;
import io.wxkit.modules.forum.ReplyTo;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The forum over JSON: boards, keyset thread and reply listings, posting, replying and liking as the signed-in user. */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/forum", produces = MediaType.APPLICATION_JSON_VALUE)
public class ForumEndpoints {
    private final ForumModule forum;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link ForumWebConfiguration}) when the forum module runs
     * ({@code wxkit.modules.forum.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param forum the forum module bean
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public ForumEndpoints(ForumModule forum, ModuleRequests requests) {
        this.forum = forum;
        this.requests = requests;
    }

    /** A reply as JSON: the body of a deleted one is already gone, the reason says why. */
    record ReplyView(long id, long threadId, Long parentId, Long quoteId, String author, String body, long likes,
                     Instant createdAt, boolean deleted, String deletedReason) {
        static ReplyView of(Reply r) {
            return new ReplyView(r.id(), r.threadId(), r.parentId().orElse(null), r.quoteId().orElse(null), r.author(),
                    r.body(), r.likes(), r.createdAt(), r.deleted(), r.deletedReason().orElse(null));
        }
    }

    @GetMapping("/boards")
    List<Board> boards() {
        return forum.boards().list();
    }

    @GetMapping("/boards/{id}/threads")
    PageView<ForumThread> threads(@PathVariable long id, @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer size) {
        return PageView.of(forum.threads().list(id, ModuleRequests.page(cursor, size)));
    }

    @GetMapping("/boards/{id}/pinned")
    List<ForumThread> pinned(@PathVariable long id) {
        return forum.threads().pinned(id);
    }

    /** Opens a thread (counts a view). */
    @GetMapping("/threads/{id}")
    ForumThread thread(@PathVariable long id) {
        return forum.threads().open(id);
    }

    @GetMapping("/threads/{id}/replies")
    PageView<ReplyView> replies(@PathVariable long id, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer size) {
        return PageView.of(forum.replies().list(id, ModuleRequests.page(cursor, size)), ReplyView::of);
    }

    record NewThread(String title, String body) {}

    @PostMapping("/boards/{id}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    ForumThread post(@PathVariable long id, @RequestBody NewThread body, HttpServletRequest request) {
        NewThread t = Bodies.body(body);
        return forum.threads().post(id, requests.user(request), requests.ip(request), Bodies.require(t.title(), "title"),
                Bodies.require(t.body(), "body"));
    }

    /** A reply to the thread; with {@code quoteId} quoting a floor, with {@code parentId} nested under one. */
    record NewReply(String body, Long quoteId, Long parentId) {}

    @PostMapping("/threads/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    ReplyView reply(@PathVariable long id, @RequestBody NewReply body, HttpServletRequest request) {
        NewReply r = Bodies.body(body);
        ReplyTo to = r.parentId() != null ? ReplyTo.nestedUnder(r.parentId())
                : r.quoteId() != null ? ReplyTo.quoting(r.quoteId()) : ReplyTo.thread();
        return ReplyView.of(forum.replies().post(id, requests.user(request), requests.ip(request),
                Bodies.require(r.body(), "body"), to));
    }

    @PostMapping("/threads/{id}/likes")
    Map<String, Long> likeThread(@PathVariable long id, HttpServletRequest request) {
        return Map.of("likes", forum.likes().likeThread(id, requests.user(request), requests.ip(request)));
    }

    @PostMapping("/replies/{id}/likes")
    Map<String, Long> likeReply(@PathVariable long id, HttpServletRequest request) {
        return Map.of("likes", forum.likes().likeReply(id, requests.user(request), requests.ip(request)));
    }
}
