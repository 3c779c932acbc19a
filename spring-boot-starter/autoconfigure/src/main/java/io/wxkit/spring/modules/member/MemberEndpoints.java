package io.wxkit.spring.modules.member;

import io.wxkit.modules.member.CardCode;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.spring.modules.member.MemberViews.EntryView;
import io.wxkit.spring.modules.member.MemberViews.MemberView;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's own pages over JSON: join, my card (with a fresh scannable code), my points. */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/member/me", produces = MediaType.APPLICATION_JSON_VALUE)
public class MemberEndpoints {
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
    public MemberEndpoints(MemberModule member, ModuleRequests requests) {
        this.member = member;
        this.requests = requests;
    }

    record Join(String nickname) {}

    /** Makes me a member (idempotent: a second call returns the same profile). */
    @PostMapping
    MemberView join(@RequestBody(required = false) Join body, HttpServletRequest request) {
        var who = requests.user(request);
        if (body != null && body.nickname() != null) {
            who = who.nickname(body.nickname());
        }
        return MemberView.of(member.members().join(who, null));
    }

    @GetMapping
    MemberView me(HttpServletRequest request) {
        return MemberView.of(member.members().find(requests.openid(request)));
    }

    /** My card: the card number and a signed code valid for a minute or two, for the counter to scan. */
    @GetMapping("/card")
    CardCode card(HttpServletRequest request) {
        return member.cards().codeFor(requests.openid(request));
    }

    record PointsView(long balance, PageView<EntryView> ledger) {}

    @GetMapping("/points")
    PointsView points(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size,
                      HttpServletRequest request) {
        String openid = requests.openid(request);
        long balance = member.points().balance(openid);
        return new PointsView(balance, PageView.of(member.points().ledger(openid, ModuleRequests.page(cursor, size)), EntryView::of));
    }
}
