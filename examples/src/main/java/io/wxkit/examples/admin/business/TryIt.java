package io.wxkit.examples.admin.business;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.NewsReply;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.TextReply;
import io.wxkit.sso.interfaces.BusinessInterfaces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "try it" box: a sample text from an openid runs through the business-interface rule exactly as a
 * follower's message would (the business system is called, the call audited), and the reply is shown instead of
 * being sent: nothing goes to WeChat.
 */
final class TryIt {
    static final int MAX_TEXT = 600;
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s，。）)]+");

    private TryIt() {
    }

    /** What the box shows: the reply's lines, the links in it (a bind link for an unbound user), or no match. */
    record Outcome(boolean matched, String kind, List<String> lines, List<String> links) {
    }

    /** What is wrong with the sample (field → reason); empty when it can run. */
    static Map<String, String> errors(String openid, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!OPENID.matcher(openid).matches()) {
            errors.put("openid", "openid 为 1–64 个字母、数字、_ 或 - · 1–64 letters, digits, _ or -");
        }
        if (text.isBlank() || text.length() > MAX_TEXT) {
            errors.put("text", "消息 1–600 个字 · a message of 1–600 characters");
        }
        return errors;
    }

    static Outcome run(BusinessInterfaces interfaces, String accountId, String openid, String text, Clock clock) {
        Reply reply = interfaces.answer(new Text(accountId, openid, clock.instant(), 0L, text));
        if (reply == null) {
            return new Outcome(false, "", List.of(), List.of());
        }
        List<String> lines = new ArrayList<>();
        if (reply instanceof TextReply t) {
            lines.add(t.content());
        } else if (reply instanceof NewsReply n) {
            for (Article a : n.articles()) {
                lines.add(a.title() + (a.description() == null ? "" : " — " + a.description())
                        + (a.url() == null ? "" : " " + a.url()));
            }
        } else {
            lines.add("(" + reply.msgType() + ")");
        }
        List<String> links = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                links.add(m.group());
            }
        }
        return new Outcome(true, reply.msgType(), lines, links);
    }
}
