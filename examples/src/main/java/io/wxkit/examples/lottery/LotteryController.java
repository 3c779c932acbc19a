package io.wxkit.examples.lottery;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.DrawResult;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.lottery.Prize;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 抽奖: the wheel (the server draws, {@code static/js/lottery.js} only turns the wheel to the segment it was
 * told), the boxes (a plain form per box), and the keyword activity's explanation. Wins are listed with their
 * redemption codes; the module sends the winner's template message.
 */
@Controller
class LotteryController {
    private final LotteryModule lottery;

    LotteryController(LotteryModule lottery) {
        this.lottery = lottery;
    }

    @GetMapping("/lottery")
    String list(Model model) {
        model.addAttribute("pageTitle", "抽奖");
        model.addAttribute("activities", lottery.activities().list(PageRequest.first(50)).items());
        return "lottery/list";
    }

    @GetMapping("/lottery/{id}")
    String activity(@PathVariable long id, @WxUser WxUserPrincipal user, Model model) {
        Activity a = activity(id);
        model.addAttribute("pageTitle", a.title());
        model.addAttribute("activity", a);
        model.addAttribute("open", a.isOpen(Instant.now()));
        model.addAttribute("wins", lottery.wins().of(id, user.openid()));
        model.addAttribute("prizeNames", prizeNames(a));
        model.addAttribute("segments", segments(a));
        return switch (a.mode()) {
            case WHEEL -> "lottery/wheel";
            case BOX -> "lottery/boxes";
            default -> "lottery/keyword";
        };
    }

    /** The wheel's draw, for the page's script: which segment to stop on and what it means. */
    @PostMapping("/lottery/{id}/spin")
    @ResponseBody
    ResponseEntity<Map<String, Object>> spin(@PathVariable long id, @WxUser WxUserPrincipal user,
                                             HttpServletRequest request) {
        Activity a = activity(id);
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            DrawResult r = lottery.draws().spin(id, Participant.of(user.openid()), request.getRemoteAddr());
            body.put("segment", segment(a, r));
            body.put("won", r.won());
            body.put("prize", r.prize().map(Prize::name).orElse(null));
            body.put("code", r.win().map(w -> w.code()).orElse(null));
            body.put("message", outcome(r));
            return ResponseEntity.ok(body);
        } catch (ModuleException e) {
            body.put("error", LotteryMessages.of(e));
            return ResponseEntity.unprocessableEntity().body(body);
        }
    }

    @PostMapping("/lottery/{id}/box/{box}")
    String openBox(@PathVariable long id, @PathVariable int box, @WxUser WxUserPrincipal user,
                   HttpServletRequest request, RedirectAttributes redirect) {
        activity(id);
        try {
            DrawResult r = lottery.draws().openBox(id, Participant.of(user.openid()), request.getRemoteAddr(), box);
            redirect.addFlashAttribute("flash", "第 " + (box + 1) + " 个盒子：" + outcome(r));
            redirect.addFlashAttribute("openedBox", box);
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", LotteryMessages.of(e));
        }
        return "redirect:/lottery/" + id;
    }

    private static String outcome(DrawResult r) {
        return r.won() ? "恭喜您抽中「" + r.prize().map(Prize::name).orElse("") + "」，兑奖码 "
                + r.win().map(w -> w.code()).orElse("") + "。Prize won!" : "谢谢参与，下次好运！No prize this time.";
    }

    /** Segment i is the i-th prize; the last segment is "no prize". */
    private static int segment(Activity a, DrawResult r) {
        long prizeId = r.draw().prizeId();
        for (int i = 0; i < a.prizes().size(); i++) {
            if (a.prizes().get(i).id() == prizeId) {
                return i;
            }
        }
        return a.prizes().size();
    }

    private static Map<Long, String> prizeNames(Activity a) {
        Map<Long, String> names = new LinkedHashMap<>();
        a.prizes().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private Activity activity(long id) {
        try {
            return lottery.activities().get(id);
        } catch (ModuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, LotteryMessages.of(e), e);
        }
    }

    private static List<String> segments(Activity a) {
        List<String> names = new ArrayList<>(a.prizes().stream().map(Prize::name).toList());
        names.add("谢谢参与");
        return names;
    }
}
