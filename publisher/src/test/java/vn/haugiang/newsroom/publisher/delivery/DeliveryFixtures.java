package vn.haugiang.newsroom.publisher.delivery;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for delivery tests, inserted with SQL. Everything hangs off a unit of its own with random ids,
 * so the tests run again and again on a database that keeps its data; {@link #close()} pauses the
 * channels it made, so what a test leaves pending is never claimed by a later one.
 */
final class DeliveryFixtures implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String unitId = "test-deliv-" + shortId();
    private final UUID userId = UUID.randomUUID();
    private final List<String> channels = new ArrayList<>();

    DeliveryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (:id, :id, 'other')").param("id", unitId).update();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :name, :name, 'not-a-hash', 'REPORTER', :unit)
                """).param("id", userId).param("name", "deliv-" + userId).param("unit", unitId).update();
    }

    String unitId() {
        return unitId;
    }

    String channel(String kind) {
        String id = "test-" + kind + "-" + shortId();
        jdbc.sql("INSERT INTO output_channel (id, unit_id, kind, name) VALUES (:id, :unit, :kind, :id)")
                .param("id", id).param("unit", unitId).param("kind", kind).update();
        channels.add(id);
        return id;
    }

    UUID column(String... defaultChannels) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO content_column (id, unit_id, slug, name, kind, default_channels)
                VALUES (:id, :unit, :slug, :slug, 'column', CAST(:channels AS text[]))
                """).param("id", id).param("unit", unitId).param("slug", "col-" + shortId())
                .param("channels", new SqlParameterValue(Types.ARRAY, defaultChannels)).update();
        return id;
    }

    UUID item(@Nullable UUID columnId, String state, String... planTasks) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, column_id, plan_tasks,
                                  slug, created_by)
                VALUES (:id, :unit, 'article', :state, 1, 1, 'Tin thử', :column, CAST(:tasks AS text[]), :slug, :user)
                """).param("id", id).param("unit", unitId).param("state", state)
                .param("column", new SqlParameterValue(Types.OTHER, columnId))
                .param("tasks", new SqlParameterValue(Types.ARRAY, planTasks))
                .param("slug", "tin-" + id).param("user", userId).update();
        return id;
    }

    /** What an edit in the CMS does to the row the planner reads: a new state and the next version. */
    void change(UUID itemId, String state) {
        jdbc.sql("UPDATE item SET state = :state, version = version + 1, updated_at = now() WHERE id = :id")
                .param("state", state).param("id", itemId).update();
    }

    void schedule(UUID itemId, @Nullable Instant publishAt, @Nullable Instant embargoUntil) {
        jdbc.sql("UPDATE item SET publish_at = :p, embargo_until = :e WHERE id = :id")
                .param("p", timestamp(publishAt)).param("e", timestamp(embargoUntil)).param("id", itemId).update();
    }

    void rule(String channelId, @Nullable String planTask, boolean enabled) {
        jdbc.sql("""
                INSERT INTO routing_rule (id, channel_id, unit_id, plan_task, enabled)
                VALUES (:id, :channel, :unit, :task, :enabled)
                """).param("id", UUID.randomUUID()).param("channel", channelId).param("unit", unitId)
                .param("task", new SqlParameterValue(Types.VARCHAR, planTask)).param("enabled", enabled).update();
    }

    void choose(UUID itemId, String channelId, boolean included) {
        jdbc.sql("INSERT INTO item_channel_choice (item_id, channel_id, included) VALUES (:item, :channel, :inc)")
                .param("item", itemId).param("channel", channelId).param("inc", included).update();
    }

    /** Due deliveries of versions 1..count of the item to the channel, due an hour ago. */
    List<UUID> dueDeliveries(UUID itemId, String channelId, int count) {
        return jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at)
                SELECT gen_random_uuid(), :item, v, :channel, 'pending', now() - interval '1 hour'
                FROM generate_series(1, :count) AS v
                RETURNING id
                """).param("item", itemId).param("channel", channelId).param("count", count)
                .query(UUID.class).list();
    }

    List<DeliveryRow> deliveries(UUID itemId) {
        return jdbc.sql("""
                SELECT id, item_version, channel_id, state, due_at FROM delivery WHERE item_id = :item
                ORDER BY item_version, channel_id
                """).param("item", itemId)
                .query((rs, n) -> new DeliveryRow(rs.getObject("id", UUID.class), rs.getLong("item_version"),
                        rs.getString("channel_id"), rs.getString("state"),
                        rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    DeliveryRow delivery(UUID deliveryId) {
        return jdbc.sql("SELECT id, item_version, channel_id, state, due_at FROM delivery WHERE id = :id")
                .param("id", deliveryId)
                .query((rs, n) -> new DeliveryRow(rs.getObject("id", UUID.class), rs.getLong("item_version"),
                        rs.getString("channel_id"), rs.getString("state"),
                        rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                .single();
    }

    /** The delivery's logged changes, "from→to" in order ("→pending" for its creation). */
    List<String> events(UUID deliveryId) {
        return jdbc.sql("""
                SELECT coalesce(from_state, '') || '→' || to_state FROM delivery_event
                WHERE delivery_id = :id ORDER BY id
                """).param("id", deliveryId).query(String.class).list();
    }

    String channelStatus(String channelId) {
        return jdbc.sql("SELECT status FROM output_channel WHERE id = :id").param("id", channelId)
                .query(String.class).single();
    }

    @Override
    public void close() {
        jdbc.sql("UPDATE output_channel SET status = 'paused' WHERE id = ANY (CAST(:ids AS text[]))")
                .param("ids", new SqlParameterValue(Types.ARRAY, channels.toArray(String[]::new))).update();
    }

    private static SqlParameterValue timestamp(@Nullable Instant at) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    record DeliveryRow(UUID id, long version, String channelId, String state, Instant dueAt) {
    }
}
