package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The console's articles ({@code admin_article}) and what WeChat answered for each (draft, publication). */
@Component
class Articles {
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    Articles(AdminSchema schema, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String appId, ArticleForm form, String staff) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO admin_article (app_id, title, author, digest, content, created_by, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, appId);
            ps.setString(2, form.title());
            ps.setString(3, form.author());
            ps.setString(4, form.digest());
            ps.setString(5, form.content());
            ps.setString(6, staff);
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void drafted(long id, String mediaId) {
        jdbc.update("UPDATE admin_article SET draft_media_id = ? WHERE id = ?", mediaId, id);
    }

    void published(long id, String publishId, String articleId) {
        jdbc.update("UPDATE admin_article SET publish_id = ?, published_article_id = ? WHERE id = ?", publishId, articleId, id);
    }

    Optional<StoredArticle> find(long id) {
        return jdbc.query("SELECT * FROM admin_article WHERE id = ?", Articles::row, id).stream().findFirst();
    }

    List<StoredArticle> of(String appId) {
        return jdbc.query("SELECT * FROM admin_article WHERE app_id = ? ORDER BY id DESC", Articles::row, appId);
    }

    private static StoredArticle row(ResultSet rs, int n) throws SQLException {
        return new StoredArticle(rs.getLong("id"), rs.getString("app_id"), rs.getString("title"), rs.getString("author"),
                rs.getString("digest"), rs.getString("content"), rs.getString("draft_media_id"), rs.getString("publish_id"),
                rs.getString("published_article_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
