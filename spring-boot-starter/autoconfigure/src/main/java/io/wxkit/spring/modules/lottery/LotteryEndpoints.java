package io.wxkit.spring.modules.lottery;

import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.Entry;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.lottery.Win;
import io.wxkit.spring.modules.lottery.LotteryViews.ActivityView;
import io.wxkit.spring.modules.lottery.LotteryViews.DrawView;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lottery over JSON: an activity, spin / open a box / enter as the signed-in user, my wins; admins run it. */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/lottery", produces = MediaType.APPLICATION_JSON_VALUE)
public class LotteryEndpoints {
    private static final String MODULE = "lottery";
    private final LotteryModule lottery;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link LotteryWebConfiguration}) when the lottery module runs
     * ({@code wxkit.modules.lottery.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param lottery the lottery module bean
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public LotteryEndpoints(LotteryModule lottery, ModuleRequests requests) {
        this.lottery = lottery;
        this.requests = requests;
    }

    @GetMapping("/activities/{id}")
    ActivityView activity(@PathVariable long id) {
        return ActivityView.of(lottery.activities().get(id));
    }

    @PostMapping("/activities/{id}/spin")
    DrawView spin(@PathVariable long id, HttpServletRequest request) {
        return DrawView.of(lottery.draws().spin(id, requests.user(request), requests.ip(request)));
    }

    @PostMapping("/activities/{id}/boxes/{box}")
    DrawView openBox(@PathVariable long id, @PathVariable int box, HttpServletRequest request) {
        return DrawView.of(lottery.draws().openBox(id, requests.user(request), requests.ip(request), box));
    }

    record Enter(String message) {}

    /** Entry to a random-draw activity (the message is optional there; message-mode entries come by callback). */
    @PostMapping("/activities/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    Entry enter(@PathVariable long id, @RequestBody(required = false) Enter body, HttpServletRequest request) {
        String message = body == null ? null : body.message();
        return lottery.entries().enter(id, requests.user(request), message, requests.ip(request));
    }

    @GetMapping("/activities/{id}/wins")
    List<Win> myWins(@PathVariable long id, HttpServletRequest request) {
        return lottery.wins().of(id, requests.openid(request));
    }

    record NewPrize(String name, Long weight, Integer stock, Long redPacketFen) {}

    record NewActivity(String title, LotteryMode mode, Instant opensAt, Instant closesAt, List<NewPrize> prizes,
                       Long noPrizeWeight, Integer drawsTotal, Integer drawsPerDay, Integer winLimit, Boolean followRequired,
                       Integer boxes, String keyword, String notifyTemplateId) {}

    @PostMapping("/admin/activities")
    @ResponseStatus(HttpStatus.CREATED)
    Activity create(@RequestBody NewActivity body, HttpServletRequest request) {
        requests.admin(request, MODULE);
        NewActivity a = Bodies.body(body);
        ActivityDraft d = ActivityDraft.of(Bodies.require(a.title(), "title"), Bodies.require(a.mode(), "mode"),
                Bodies.require(a.opensAt(), "opensAt"), Bodies.require(a.closesAt(), "closesAt"));
        for (NewPrize p : Bodies.require(a.prizes(), "prizes")) {
            long weight = p.weight() == null ? 0 : p.weight();
            int stock = Bodies.require(p.stock(), "prizes[].stock");
            d = p.redPacketFen() == null ? d.prize(Bodies.require(p.name(), "prizes[].name"), weight, stock)
                    : d.redPacketPrize(Bodies.require(p.name(), "prizes[].name"), weight, stock, p.redPacketFen());
        }
        if (a.noPrizeWeight() != null) {
            d = d.noPrize(a.noPrizeWeight());
        }
        if (a.drawsTotal() != null || a.drawsPerDay() != null) {
            d = d.drawLimits(a.drawsTotal() == null ? 0 : a.drawsTotal(), a.drawsPerDay() == null ? 0 : a.drawsPerDay());
        }
        if (a.winLimit() != null) {
            d = d.winLimit(a.winLimit());
        }
        if (a.followRequired() != null) {
            d = d.followRequired(a.followRequired());
        }
        if (a.boxes() != null) {
            d = d.boxes(a.boxes());
        }
        if (a.keyword() != null) {
            d = d.keyword(a.keyword());
        }
        if (a.notifyTemplateId() != null) {
            d = d.notifyWinners(a.notifyTemplateId());
        }
        return lottery.activities().create(d);
    }

    @PostMapping("/admin/activities/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable long id, HttpServletRequest request) {
        lottery.activities().close(id, requests.admin(request, MODULE));
    }

    record DrawWinners(Integer count) {}

    /** The staff draw of a random-draw or message activity: {@code count} winners of {@code prizeId}. */
    @PostMapping("/admin/activities/{id}/prizes/{prizeId}/draw")
    List<Win> drawWinners(@PathVariable long id, @PathVariable long prizeId, @RequestBody DrawWinners body,
                          HttpServletRequest request) {
        String staff = requests.admin(request, MODULE);
        return lottery.entries().drawWinners(id, prizeId, Bodies.require(Bodies.body(body).count(), "count"), staff);
    }

    /** Redemption at the counter by the code the winner shows. */
    @PostMapping("/admin/wins/{code}/redeem")
    Win redeem(@PathVariable String code, HttpServletRequest request) {
        return lottery.wins().redeem(code, requests.admin(request, MODULE));
    }
}
