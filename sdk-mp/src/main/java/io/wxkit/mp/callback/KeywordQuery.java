package io.wxkit.mp.callback;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ready rule for keyword queries (关键词查询): a user sends a keyword and an argument ("查询 12345",
 * "order 42"), the argument goes to a lookup in the business system, and the result comes back as a
 * text or news reply.
 *
 * <pre>{@code
 * builder.rule(KeywordQuery.keywords("查询", "query").text(no -> orders.status(no)));
 * builder.rule(KeywordQuery.patterns(Pattern.compile("天气\\s*(\\S+)")).async().news(city -> weather.articles(city)));
 * }</pre>
 *
 * <p>With {@link #keywords}, a text matches when its trimmed content starts with a keyword (ASCII
 * case ignored); the argument is the trimmed rest, possibly empty. With {@link #patterns}, the whole
 * trimmed content must match; the argument is group 1, or the whole match when the pattern has no
 * group. A lookup returning {@code null} (or an empty list) sends no reply. Immutable and
 * thread-safe; the lookup must be thread-safe too.
 */
public final class KeywordQuery {
    private final List<String> keywords;
    private final List<Pattern> patterns;
    private final boolean async;

    private KeywordQuery(List<String> keywords, List<Pattern> patterns, boolean async) {
        this.keywords = keywords;
        this.patterns = patterns;
        this.async = async;
    }

    /**
     * A query started by any of {@code keywords}.
     *
     * @param keywords 1 or more keywords, none blank; matched after trimming
     * @return the query, answering on the request thread
     * @throws IllegalArgumentException if no keyword is given or one is blank
     * @throws NullPointerException if {@code keywords} or one of them is null
     */
    public static KeywordQuery keywords(String... keywords) {
        List<String> list = List.of(keywords);
        if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("keywords must be non-empty and not blank");
        }
        return new KeywordQuery(list.stream().map(String::trim).toList(), List.of(), false);
    }

    /**
     * A query whose text matches one of {@code patterns}.
     *
     * @param patterns 1 or more patterns, matched against the whole trimmed content
     * @return the query, answering on the request thread
     * @throws IllegalArgumentException if no pattern is given
     * @throws NullPointerException if {@code patterns} or one of them is null
     */
    public static KeywordQuery patterns(Pattern... patterns) {
        List<Pattern> list = List.of(patterns);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one pattern is required");
        }
        return new KeywordQuery(List.of(), list, false);
    }

    /**
     * Runs the lookup on the callback executor: a slow business system then answers late, not never.
     *
     * @return a copy whose rules are {@linkplain Rule.Builder#async() async}
     */
    public KeywordQuery async() {
        return new KeywordQuery(keywords, patterns, true);
    }

    /**
     * The rule answering with the text {@code lookup} returns for the argument.
     *
     * @param lookup maps the argument to the reply text, or to null for no reply; not null
     * @return a rule on {@code Text} messages this query matches
     * @throws NullPointerException if {@code lookup} is null
     */
    public Rule<Text> text(Function<String, String> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return rule().reply(m -> {
            String result = lookup.apply(argument(m.content()));
            return result == null ? null : Reply.text(m, result);
        });
    }

    /**
     * The rule answering with the articles {@code lookup} returns for the argument (1 shown for a text).
     *
     * @param lookup maps the argument to the articles, or to null or an empty list for no reply; not null
     * @return a rule on {@code Text} messages this query matches
     * @throws NullPointerException if {@code lookup} is null
     */
    public Rule<Text> news(Function<String, List<Article>> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return rule().reply(m -> {
            List<Article> result = lookup.apply(argument(m.content()));
            return result == null || result.isEmpty() ? null : Reply.news(m, result);
        });
    }

    private Rule.Builder<Text> rule() {
        Rule.Builder<Text> b = Rule.on(Text.class).when(m -> argument(m.content()) != null);
        return async ? b.async() : b;
    }

    /**
     * The argument of a matching text, or {@code null} when the text is not this query: what the rules
     * built here hand to the lookup. Public so that other rule types (sdk-sso's business interfaces)
     * match exactly as this one does.
     *
     * @param content a text message's {@code Content}; not null
     * @return the argument (possibly empty), or {@code null} when {@code content} does not match
     */
    public String argument(String content) {
        String text = content.trim();
        for (String keyword : keywords) {
            if (text.regionMatches(true, 0, keyword, 0, keyword.length())) {
                return text.substring(keyword.length()).trim();
            }
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "KeywordQuery[" + (keywords.isEmpty() ? patterns : keywords) + (async ? ", async" : "") + "]";
    }
}
