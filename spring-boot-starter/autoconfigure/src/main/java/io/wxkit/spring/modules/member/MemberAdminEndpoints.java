package io.wxkit.spring.modules.member;

import io.wxkit.modules.member.MemberModule;
import io.wxkit.spring.modules.member.MemberViews.EntryView;
import io.wxkit.spring.modules.member.MemberViews.MemberView;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member administration. It needs the admin role and is then done as the signed-in WeChat user, so the
 * member module's own admin role and scope apply as well ({@code NOT_ADMIN}, {@code OUT_OF_SCOPE}: 403), and
 * the audit log names the admin's openid.
 */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/member/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class MemberAdminEndpoints {
    private static final String MODULE = "member";
    private final MemberModule member;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link MemberWebConfiguration}) when the member module runs
     * ({@code wxkit.modules.member.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param member the member module bean
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public MemberAdminEndpoints(MemberModule member, ModuleRequests requests) {
        this.member = member;
        this.requests = requests;
    }

    private String admin(HttpServletRequest request) {
        requests.admin(request, MODULE);
        return requests.openid(request);
    }

    @GetMapping("/members")
    PageView<MemberView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer size, HttpServletRequest request) {
        return PageView.of(member.adminOps().search(admin(request), q == null ? "" : q, ModuleRequests.page(cursor, size)),
                MemberView::of);
    }

    @GetMapping("/members/{openid}")
    MemberView view(@PathVariable String openid, HttpServletRequest request) {
        return MemberView.of(member.adminOps().view(admin(request), openid));
    }

    record Adjust(Long delta, String businessKey, String reason) {}

    /** Adds (positive) or takes away (negative) points, once per business key. */
    @PostMapping("/members/{openid}/points")
    EntryView adjust(@PathVariable String openid, @RequestBody Adjust body, HttpServletRequest request) {
        String admin = admin(request);
        Adjust a = Bodies.body(body);
        return EntryView.of(member.adminOps().adjustPoints(admin, openid, Bodies.require(a.delta(), "delta"),
                Bodies.require(a.businessKey(), "businessKey"), a.reason()));
    }

    record SetLevel(String levelCode) {}

    /** Fixes the member's level by hand; a null level code returns it to the rules. */
    @PostMapping("/members/{openid}/level")
    MemberView level(@PathVariable String openid, @RequestBody SetLevel body, HttpServletRequest request) {
        return MemberView.of(member.adminOps().setLevel(admin(request), openid, Bodies.body(body).levelCode()));
    }

    record Scan(String payload) {}

    /** The counter scans a member's card code. */
    @PostMapping("/cards/verify")
    MemberView verify(@RequestBody Scan body, HttpServletRequest request) {
        admin(request);
        return MemberView.of(member.cards().verify(Bodies.require(Bodies.body(body).payload(), "payload")));
    }
}
