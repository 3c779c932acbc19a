package io.wxkit.examples.member;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.member.Member;
import io.wxkit.modules.member.MemberError;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 会员卡: the user's card with its short-lived code, level and points, joining, and the daily check-in. */
@Controller
class MemberController {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long CHECK_IN_POINTS = 10;

    private final MemberModule member;

    MemberController(MemberModule member) {
        this.member = member;
    }

    @GetMapping("/member")
    String card(@WxUser WxUserPrincipal user, Model model) {
        model.addAttribute("pageTitle", "会员卡");
        Member m = find(user.openid());
        model.addAttribute("member", m);
        if (m != null) {
            var code = member.cards().codeFor(user.openid());
            model.addAttribute("code", code);
            model.addAttribute("codeQr", CardQr.svg(code.payload(), 220));
            model.addAttribute("balance", member.points().balance(user.openid()));
            model.addAttribute("ledger", member.points().ledger(user.openid(), PageRequest.first(10)).items());
            model.addAttribute("levelName", levelNames().getOrDefault(m.levelCode().orElse(""), "普通会员"));
        }
        return "member/card";
    }

    @PostMapping("/member/join")
    String join(@WxUser WxUserPrincipal user, RedirectAttributes redirect) {
        // snsapi_base logins carry no nickname: the card then shows a neutral name
        String nickname = user.nickname() != null ? user.nickname()
                : "微信用户 " + user.openid().substring(Math.max(0, user.openid().length() - 4));
        member.members().join(Participant.of(user.openid()).nickname(nickname), null);
        redirect.addFlashAttribute("flash", "会员卡已开通。Welcome, your card is ready.");
        return "redirect:/member";
    }

    @PostMapping("/member/checkin")
    String checkIn(@WxUser WxUserPrincipal user, RedirectAttributes redirect) {
        String today = LocalDate.now(CHINA).toString();
        String key = "checkin:" + today;
        try {
            // earning is idempotent by key: a second check-in today changes nothing, the page only says so
            boolean already = member.points().ledger(user.openid(), PageRequest.first(20)).items().stream()
                    .anyMatch(e -> e.businessKey().equals(key));
            member.points().earn(user.openid(), CHECK_IN_POINTS, key, null, "每日签到 " + today);
            redirect.addFlashAttribute("flash", already ? "今天已经签到过了。Already checked in today."
                    : "签到成功，积分 +" + CHECK_IN_POINTS + "。Checked in.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", MemberMessages.of(e));
        }
        return "redirect:/member";
    }

    private Member find(String openid) {
        try {
            return member.members().find(openid);
        } catch (ModuleException e) {
            if (e.is(MemberError.MEMBER_NOT_FOUND)) {
                return null;
            }
            throw e;
        }
    }

    private Map<String, String> levelNames() {
        Map<String, String> names = new LinkedHashMap<>();
        member.members().levels().forEach(l -> names.put(l.code(), l.name()));
        return names;
    }
}
