package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The MASSSENDJOBFINISH event: the result of a mass send (broadcast) job.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the mass send id ({@code MsgID})
 * @param status {@code send success}, {@code send fail} or {@code err(num)} ({@code Status})
 * @param totalCount fans targeted ({@code TotalCount})
 * @param filterCount fans after filtering ({@code FilterCount})
 * @param sentCount sent successfully ({@code SentCount})
 * @param errorCount failed ({@code ErrorCount})
 * @param copyrightCheckState the originality check result, 1 not passed, 2 passed, ... ({@code CopyrightCheckResult/CheckState}); 0 when absent
 * @param articleUrls the URLs of the sent articles ({@code ArticleUrlResult/ResultList/item/ArticleUrl})
 */
public record MassSendJobFinish(String toUser, String fromUser, Instant createTime, long msgId, String status,
                                int totalCount, int filterCount, int sentCount, int errorCount,
                                int copyrightCheckState, List<String> articleUrls) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the mass send id ({@code MsgID})
     * @param status {@code send success}, {@code send fail} or {@code err(num)} ({@code Status})
     * @param totalCount fans targeted ({@code TotalCount})
     * @param filterCount fans after filtering ({@code FilterCount})
     * @param sentCount sent successfully ({@code SentCount})
     * @param errorCount failed ({@code ErrorCount})
     * @param copyrightCheckState the originality check result, 1 not passed, 2 passed, ...
     *     ({@code CopyrightCheckResult/CheckState}); 0 when absent
     * @param articleUrls the URLs of the sent articles ({@code ArticleUrlResult/ResultList/item/ArticleUrl})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code status} or
     *     {@code articleUrls} is null, or a list holds a null element
     */
    public MassSendJobFinish {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(status, "status");
        articleUrls = List.copyOf(articleUrls);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "MASSSENDJOBFINISH";
    }
}
