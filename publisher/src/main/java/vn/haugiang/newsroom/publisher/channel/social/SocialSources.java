package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.model.ItemState;

/** What a social post is made of: the item's current row, its web page, its featured media, the stored edit. */
@Component
class SocialSources {

    private final JdbcClient jdbc;

    SocialSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SocialItem> item(UUID itemId) {
        return jdbc.sql("""
                SELECT id, unit_id, state, version, headline, standfirst, tags, featured_media FROM item WHERE id = :id
                """).param("id", itemId)
                .query((rs, n) -> new SocialItem(rs.getObject("id", UUID.class), rs.getString("unit_id"),
                        ItemState.ofCode(rs.getString("state")), rs.getLong("version"), rs.getString("headline"),
                        rs.getString("standfirst"), strings(rs.getArray("tags")),
                        rs.getObject("featured_media", UUID.class)))
                .optional();
    }

    /**
     * The item's page on its unit's web site: the URL recorded by the newest delivered web delivery of the item on a
     * web channel of {@code unitId}. Empty while the page is not out (the post then goes without a link).
     */
    Optional<URI> webPage(UUID itemId, String unitId) {
        return jdbc.sql("""
                SELECT d.external_url FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                WHERE d.item_id = :item AND c.kind = 'web' AND c.unit_id = :unit AND d.state = 'delivered'
                  AND d.external_url IS NOT NULL
                ORDER BY d.item_version DESC, d.updated_at DESC
                LIMIT 1
                """).param("item", itemId).param("unit", unitId).query(String.class).optional().map(URI::create);
    }

    /**
     * A ready medium of the library (cms-api {@code media}): its bytes are in the {@code media} bucket under
     * {@code storageKey}; an image's {@code web} rendition, when there is one, is what channels should show.
     */
    Optional<StoredMedia> media(UUID mediaId) {
        return jdbc.sql("""
                SELECT kind, content_type, storage_key, renditions::text FROM media WHERE id = :id AND status = 'ready'
                """).param("id", mediaId)
                .query((rs, n) -> {
                    String webKey = null;
                    for (JsonNode rendition : JsonMapper.shared().readTree(rs.getString("renditions"))) {
                        if ("web".equals(rendition.path("name").asString(""))) {
                            webKey = rendition.path("key").asString();
                        }
                    }
                    return new StoredMedia(rs.getString("kind"), rs.getString("content_type"),
                            rs.getString("storage_key"), webKey);
                })
                .optional();
    }

    Optional<TextEdit> edit(UUID itemId, String channelId) {
        return jdbc.sql("SELECT title, text, edited_by, updated_at FROM social_text WHERE item_id = :item AND channel_id = :ch")
                .param("item", itemId).param("ch", channelId)
                .query((rs, n) -> new TextEdit(rs.getString("title"), rs.getString("text"), rs.getString("edited_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    TextEdit storeEdit(UUID itemId, String channelId, @Nullable String title, String text, String editedBy) {
        return jdbc.sql("""
                INSERT INTO social_text (item_id, channel_id, title, text, edited_by) VALUES (:item, :ch, :title, :text, :by)
                ON CONFLICT (item_id, channel_id) DO UPDATE
                SET title = excluded.title, text = excluded.text, edited_by = excluded.edited_by, updated_at = now()
                RETURNING title, text, edited_by, updated_at
                """).param("item", itemId).param("ch", channelId).param("title", title).param("text", text)
                .param("by", editedBy)
                .query((rs, n) -> new TextEdit(rs.getString("title"), rs.getString("text"), rs.getString("edited_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .single();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An item as it is now. */
    record SocialItem(UUID id, String unitId, ItemState state, long version, String headline,
            @Nullable String standfirst, List<String> tags, @Nullable UUID featuredMedia) {
    }

    /**
     * @param kind   {@code image}, {@code audio} or {@code video}
     * @param webKey the key of the image's {@code web} rendition, if any
     */
    record StoredMedia(String kind, String contentType, String storageKey, @Nullable String webKey) {
    }

    /** An editor's text for one channel; {@code title} {@code null} keeps the prepared one. */
    record TextEdit(@Nullable String title, String text, String editedBy, Instant updatedAt) {
    }
}
