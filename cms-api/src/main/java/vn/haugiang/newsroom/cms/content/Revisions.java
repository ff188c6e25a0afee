package vn.haugiang.newsroom.cms.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Saved contents of items (table {@code item_revision}), one row per save, as JSON. */
@Repository
class Revisions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Revisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID itemId, int revision, ItemContent content, UUID author, Instant at) {
        jdbc.sql("""
                INSERT INTO item_revision (item_id, revision, content, author, created_at)
                VALUES (?, ?, CAST(? AS jsonb), ?, ?)
                """)
                .params(itemId, revision, json.writeValueAsString(content), author, ItemStore.utc(at))
                .update();
    }

    List<Revision> list(UUID itemId) {
        return jdbc.sql("SELECT revision, content::text, author, created_at FROM item_revision WHERE item_id = ? ORDER BY revision")
                .param(itemId).query((rs, n) -> revision(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    Optional<Revision> find(UUID itemId, int revision) {
        return jdbc.sql("SELECT revision, content::text, author, created_at FROM item_revision WHERE item_id = ? AND revision = ?")
                .params(itemId, revision).query((rs, n) -> revision(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    private Revision revision(int number, String content, UUID author, OffsetDateTime at) {
        return new Revision(number, json.readValue(content, ItemContent.class), author, at.toInstant());
    }
}
