package vn.haugiang.newsroom.publisher.job;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;
import vn.haugiang.newsroom.publisher.channel.web.WebArticle;
import vn.haugiang.newsroom.publisher.channel.web.WebSite;

/** What a web delivery renders: the channel's site and the item's current row. */
@Component
class WebSources {

    /** Site language of every current unit. */
    private static final String LANGUAGE = "vi";

    private final JdbcClient jdbc;

    WebSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The site of a web channel: its name and {@code base_url}, or {@code https://<channel-id>.local/}
     * while it has none (the pages can then be checked in the bucket before a domain is set).
     */
    WebSite site(String channelId) {
        return jdbc.sql("SELECT name, base_url FROM output_channel WHERE id = :id").param("id", channelId)
                .query((rs, n) -> {
                    String base = rs.getString("base_url");
                    String url = base == null || base.isBlank() ? "https://" + channelId + ".local/"
                            : base.endsWith("/") ? base : base + "/";
                    String name = rs.getString("name");
                    return new WebSite(channelId, name, URI.create(url), LANGUAGE, name, null);
                })
                .single();
    }

    /**
     * The item's current state, version and article, share-locked until the calling transaction ends:
     * a correction cannot commit between this read and the upload, so an older version's page never
     * overwrites a newer one.
     */
    Optional<CurrentItem> lockItem(UUID itemId) {
        return jdbc.sql("""
                SELECT i.id, i.type, i.state, i.version, i.headline, i.standfirst, i.body, i.byline, i.slug,
                       i.tags, i.plan_tasks, c.slug AS column_slug, c.name AS column_name,
                       coalesce(i.first_published_at, i.updated_at) AS published_at,
                       greatest(i.updated_at, coalesce(i.first_published_at, i.updated_at)) AS modified_at,
                       """ + CORRECTION_NOTE + """
                        AS correction_note
                FROM item i LEFT JOIN content_column c ON c.id = i.column_id
                WHERE i.id = :id
                FOR SHARE OF i
                """)
                .param("id", itemId)
                .query((rs, n) -> currentItem(rs))
                .optional();
    }

    private static CurrentItem currentItem(ResultSet rs) throws SQLException {
        ItemState state = ItemState.ofCode(rs.getString("state"));
        long version = rs.getLong("version");
        try {
            return new CurrentItem(state, version, article(rs), null);
        }
        catch (IllegalArgumentException invalid) {
            // The row breaks an article invariant (e.g. an empty slug): no page can be made of it.
            return new CurrentItem(state, version, null, invalid.getMessage());
        }
    }

    /**
     * SQL expression (item alias {@code i}) of the note a corrected item shows readers: the comment of its
     * latest {@code correct} workflow step, which cms-api asks for as "the correction note shown to
     * readers"; null unless the item is corrected.
     */
    static final String CORRECTION_NOTE = """
            CASE WHEN i.state = 'corrected' THEN (
                SELECT w.comment FROM workflow_event w
                WHERE w.item_id = i.id AND w.action = 'correct' ORDER BY w.id DESC LIMIT 1)
            END""";

    /**
     * The article of a row with the item columns of {@link #lockItem} ({@code id, type, headline,
     * standfirst, body, byline, slug, tags, plan_tasks, column_slug, column_name, published_at,
     * modified_at, correction_note}).
     *
     * @throws IllegalArgumentException if the row breaks an article invariant
     */
    static WebArticle article(ResultSet rs) throws SQLException {
        return new WebArticle(rs.getObject("id", UUID.class), rs.getString("slug"),
                ContentType.ofCode(rs.getString("type")), rs.getString("headline"), rs.getString("standfirst"),
                rs.getString("body"), rs.getString("byline"), rs.getString("column_slug"),
                rs.getString("column_name"), strings(rs.getArray("tags")), strings(rs.getArray("plan_tasks")),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant(), null, null,
                rs.getString("correction_note"));
    }

    /**
     * An item as it is now.
     *
     * @param article       the item as the web renders it, {@code null} if the row is not a valid article
     * @param invalidReason why {@code article} is {@code null}
     */
    record CurrentItem(ItemState state, long version, @Nullable WebArticle article, @Nullable String invalidReason) {
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
