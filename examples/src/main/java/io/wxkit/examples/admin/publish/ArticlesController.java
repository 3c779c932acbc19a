package io.wxkit.examples.admin.publish;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.draft.Article;
import io.wxkit.mp.freepublish.PublishStatus;
import io.wxkit.mp.freepublish.PublishSubmission;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/publish} (微发布): write an article, save it as a WeChat draft ({@code draft/add}), publish it
 * ({@code freepublish/submit}, then {@code freepublish/get} for the article id).
 */
@Controller
class ArticlesController {
    private final AdminAccounts accounts;
    private final Articles articles;
    private final Covers covers;
    private final AuditLog audit;

    ArticlesController(AdminAccounts accounts, Articles articles, Covers covers, AuditLog audit) {
        this.accounts = accounts;
        this.articles = articles;
        this.covers = covers;
        this.audit = audit;
    }

    @GetMapping("/admin/publish")
    String page(@RequestParam(defaultValue = "") String app, Model model) {
        return render(account(app), ArticleForm.blank(), Map.of(), model);
    }

    @PostMapping("/admin/publish/articles")
    String save(@RequestParam String app, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "") String digest,
                @RequestParam(defaultValue = "") String content, Principal who, Model model, RedirectAttributes redirect) {
        Account account = account(app);
        ArticleForm form = new ArticleForm(title, author, digest, content);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            model.addAttribute("error", "请更正标出的字段 Please correct the marked fields");
            return render(account, form, errors, model);
        }
        long id = articles.create(account.appId(), form, who.getName());
        try {
            WxMp mp = accounts.mp(account.appId());
            Article article = Article.news(form.title(), form.content(), covers.thumbMediaId(account.appId()));
            if (!form.author().isEmpty()) {
                article = article.withAuthor(form.author());
            }
            if (!form.digest().isEmpty()) {
                article = article.withDigest(form.digest());
            }
            articles.drafted(id, mp.drafts().add(List.of(article)));
        } catch (WxApiException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "已保存在本地，但微信草稿失败 Saved here, but WeChat refused the draft: " + e.getMessage());
            return "redirect:/admin/publish?app=" + account.appId();
        }
        audit.record(who.getName(), "article.draft", account.name() + " #" + id + " " + form.title());
        redirect.addFlashAttribute("flash", "草稿已保存 Draft saved: " + form.title());
        return "redirect:/admin/publish?app=" + account.appId();
    }

    @PostMapping("/admin/publish/articles/{id}/publish")
    String publish(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        StoredArticle a = articles.find(id).orElseThrow(() -> new IllegalArgumentException("no article #" + id));
        if (a.draftMediaId() == null) {
            redirect.addFlashAttribute("error", "这篇文章还不是微信草稿 Not a WeChat draft yet");
            return "redirect:/admin/publish?app=" + a.appId();
        }
        WxMp mp = accounts.mp(a.appId());
        PublishSubmission submission = mp.freepublish().submit(a.draftMediaId());
        PublishStatus status = mp.freepublish().get(submission.publishId());
        articles.published(id, submission.publishId(), status.state() == PublishStatus.State.SUCCESS ? status.articleId() : null);
        audit.record(who.getName(), "article.publish", "#" + id + " publish_id " + submission.publishId() + " " + status.state());
        redirect.addFlashAttribute("flash", "已提交发布 Submitted: " + status.state());
        return "redirect:/admin/publish?app=" + a.appId();
    }

    private String render(Account account, ArticleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("articles", articles.of(account.appId()));
        return "admin/publish";
    }

    private Account account(String appId) {
        return appId.isBlank() ? accounts.first() : accounts.require(appId);
    }
}
