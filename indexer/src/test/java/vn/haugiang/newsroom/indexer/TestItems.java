package vn.haugiang.newsroom.indexer;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes items straight into PostgreSQL the way cms-api does (item row plus outbox row), so the
 * indexer's tests do not depend on cms-api. Every call makes new rows with random ids and slugs:
 * tests re-run on a database that keeps its data, and isolate themselves by their own column.
 */
public final class TestItems {

    public static final String UNIT = "bao-hau-giang";

    private final JdbcClient jdbc;
    private final UUID user;
    private final UUID column;

    public TestItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.user = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :username, 'Indexer test', 'x', 'EDITOR', :unit)
                """).param("id", user).param("username", "indexer-test-" + user).param("unit", UNIT).update();
        this.column = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO content_column (id, unit_id, slug, name, kind)
                VALUES (:id, :unit, :slug, 'Chuyên mục thử', 'column')
                """).param("id", column).param("unit", UNIT).param("slug", "test-" + column).update();
    }

    /** The column every item of this instance is in: filter by it to see only them. */
    public UUID column() {
        return column;
    }

    /** A new published article at version 1, with its {@code ItemCreated} outbox row. */
    public UUID create(String headline, String bodyHtml) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, body, column_id, tags,
                                  plan_tasks, slug, created_by, first_published_at)
                VALUES (:id, :unit, 'article', 'published', 1, 1, :headline, :body, :column, '{thử nghiệm}',
                        '{NV1.đ}', :slug, :user, now())
                """)
                .param("id", id).param("unit", UNIT).param("headline", headline).param("body", bodyHtml)
                .param("column", column).param("slug", "test-" + id).param("user", user)
                .update();
        appendOutbox(id, 1, "ItemCreated");
        return id;
    }

    /** A new draft (created published, then moved back to draft at version 2, both in the outbox). */
    public UUID createDraft(String headline, String bodyHtml) {
        UUID id = create(headline, bodyHtml);
        jdbc.sql("UPDATE item SET state = 'draft' WHERE id = ?").param(id).update();
        update(id, headline);
        return id;
    }

    /** Changes the headline, bumps the version, and appends an {@code ItemUpdated} row. */
    public long update(UUID id, String headline) {
        long version = jdbc.sql("""
                UPDATE item SET headline = :headline, version = version + 1, revision = revision + 1,
                       updated_at = now()
                WHERE id = :id RETURNING version
                """).param("headline", headline).param("id", id).query(Long.class).single();
        appendOutbox(id, version, "ItemUpdated");
        return version;
    }

    /** Appends an outbox row for {@code id} at {@code version}; returns its outbox id. */
    public long appendOutbox(UUID id, long version, String eventType) {
        return jdbc.sql("""
                INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload)
                VALUES ('item', :id, :version, :eventType, CAST(:payload AS jsonb))
                RETURNING id
                """)
                .param("id", id.toString()).param("version", version).param("eventType", eventType)
                .param("payload", """
                        {"id": "%s", "unit": "%s", "type": "article", "state": "published", "version": %d, "revision": 1}
                        """.formatted(id, UNIT, version))
                .query(Long.class).single();
    }
}
