package io.wxkit.spring.modules.forum;

import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forum administration: boards (the admin role), and moderation, which needs the admin role and is then done
 * as the signed-in WeChat user, so the forum's own check (a moderator of that board, or a forum admin) applies
 * as well and the audit log names the moderator's openid.
 */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/forum/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class ForumAdminEndpoints {
    private static final String MODULE = "forum";
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
    public ForumAdminEndpoints(ForumModule forum, ModuleRequests requests) {
        this.forum = forum;
        this.requests = requests;
    }

    record NewBoard(String name, String description, Integer sortOrder) {}

    @PostMapping("/boards")
    @ResponseStatus(HttpStatus.CREATED)
    Board create(@RequestBody NewBoard body, HttpServletRequest request) {
        requests.admin(request, MODULE);
        NewBoard b = Bodies.body(body);
        return forum.boards().create(Bodies.require(b.name(), "name"), b.description(), b.sortOrder() == null ? 0 : b.sortOrder());
    }

    private String moderator(HttpServletRequest request) {
        requests.admin(request, MODULE);
        return requests.openid(request);
    }

    record Flag(Boolean value) {}

    @PostMapping("/threads/{id}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void pin(@PathVariable long id, @RequestBody Flag body, HttpServletRequest request) {
        forum.moderation().pin(moderator(request), id, Bodies.require(Bodies.body(body).value(), "value"));
    }

    @PostMapping("/threads/{id}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lock(@PathVariable long id, @RequestBody Flag body, HttpServletRequest request) {
        forum.moderation().lock(moderator(request), id, Bodies.require(Bodies.body(body).value(), "value"));
    }

    record Reason(String reason) {}

    @PostMapping("/threads/{id}/delete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteThread(@PathVariable long id, @RequestBody Reason body, HttpServletRequest request) {
        forum.moderation().deleteThread(moderator(request), id, Bodies.require(Bodies.body(body).reason(), "reason"));
    }

    @PostMapping("/replies/{id}/delete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteReply(@PathVariable long id, @RequestBody Reason body, HttpServletRequest request) {
        forum.moderation().deleteReply(moderator(request), id, Bodies.require(Bodies.body(body).reason(), "reason"));
    }

    record Ban(String openid, Duration duration, String reason) {}

    /** Bans {@code openid} from the board for {@code duration} (ISO-8601, e.g. {@code P7D}). */
    @PostMapping("/boards/{id}/bans")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ban(@PathVariable long id, @RequestBody Ban body, HttpServletRequest request) {
        Ban b = Bodies.body(body);
        forum.moderation().ban(moderator(request), id, Bodies.require(b.openid(), "openid"), Bodies.require(b.duration(), "duration"),
                Bodies.require(b.reason(), "reason"));
    }
}
