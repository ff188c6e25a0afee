package vn.haugiang.newsroom.indexer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes publications straight into PostgreSQL the way cms-api and the publisher leave them: a
 * unit of its own with its web, Facebook and Zalo channels and a TV channel, items (with an outbox
 * row), deliveries with their {@code delivery_event} log, and slots. Ids are random, so tests
 * re-run on a database that keeps its data and count only their own units.
 */
public final class TestPublications {

    public static final List<String> TYPES = List.of("article", "photo_story", "video_clip", "audio_clip",
            "programme_segment");

    private final JdbcClient jdbc;
    private final String unit;
    private final UUID user;
    private final List<UUID> columns = new ArrayList<>();

    /** A new unit {@code t<random>-<suffix>} with two columns and the channels {@link #web()}, {@link #facebook()}, {@link #zalo()}, {@link #tv()}. */
    public TestPublications(JdbcClient jdbc, String suffix) {
        this.jdbc = jdbc;
        this.unit = "t" + UUID.randomUUID().toString().substring(0, 8) + "-" + suffix;
        this.user = UUID.randomUUID();
        jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (?, ?, 'other')")
                .params(unit, "Đơn vị thử " + unit).update();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (?, ?, 'Publication test', 'x', 'EDITOR', ?)
                """).params(user, "pub-test-" + user, unit).update();
        for (int i = 0; i < 2; i++) {
            UUID column = UUID.randomUUID();
            jdbc.sql("INSERT INTO content_column (id, unit_id, slug, name, kind) VALUES (?, ?, ?, ?, 'column')")
                    .params(column, unit, "cot-" + i, "Chuyên mục " + i).update();
            columns.add(column);
        }
        for (String kind : List.of("web", "facebook", "zalo")) {
            jdbc.sql("INSERT INTO output_channel (id, unit_id, kind, name) VALUES (?, ?, ?, ?)")
                    .params(kind + "-" + unit, unit, kind, kind + " " + unit).update();
        }
        jdbc.sql("INSERT INTO broadcast_channel (id, unit_id, kind, name) VALUES (?, ?, 'tv', ?)")
                .params(tv(), unit, "Truyền hình " + unit).update();
    }

    public String unit() {
        return unit;
    }

    public List<UUID> columns() {
        return columns;
    }

    public String web() {
        return "web-" + unit;
    }

    public String facebook() {
        return "facebook-" + unit;
    }

    public String zalo() {
        return "zalo-" + unit;
    }

    public String tv() {
        return "tv-" + unit;
    }

    /** A new published item at version 1 with its {@code ItemCreated} outbox row. */
    public UUID item(String type, List<String> planTasks, @Nullable UUID column, String headline) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, body, column_id,
                                  plan_tasks, slug, created_by, first_published_at)
                VALUES (:id, :unit, :type, 'published', 1, 1, :headline, '', :column, :tasks, :slug, :user, now())
                """)
                .param("id", id).param("unit", unit).param("type", type).param("headline", headline)
                .param("column", column).param("tasks", planTasks.toArray(String[]::new))
                .param("slug", "pub-" + id).param("user", user)
                .update();
        outbox("item", id, 1, "ItemCreated");
        return id;
    }

    /**
     * A delivery of {@code item} at {@code version} to {@code channel}, ending in {@code state}, with
     * its events: created (pending), then, when {@code at} is given, {@code in_progress} and the
     * final state at {@code at}. Returns the delivery id.
     */
    public UUID delivery(UUID item, long version, String channel, String state, @Nullable Instant at) {
        UUID id = UUID.randomUUID();
        Instant when = at == null ? Instant.now() : at;
        jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, external_id, external_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, item, version, channel, state, Timestamp.from(when),
                        state.equals("delivered") ? "ext-" + id : null,
                        state.equals("delivered") ? "https://example.test/" + id : null)
                .update();
        event(id, null, "pending", when.minusSeconds(60));
        if (at != null) {
            event(id, "pending", "in_progress", at.minusSeconds(5));
            event(id, "in_progress", state, at);
        }
        return id;
    }

    /** Appends a state change to a delivery's log at {@code at}. */
    public void event(UUID delivery, @Nullable String from, String to, Instant at) {
        jdbc.sql("INSERT INTO delivery_event (delivery_id, at, from_state, to_state) VALUES (?, ?, ?, ?)")
                .params(delivery, Timestamp.from(at), from, to).update();
    }

    /** A slot on {@link #tv()} from {@code start} for {@code minutes}, with its {@code SlotCreated} outbox row. */
    public UUID slot(@Nullable UUID item, Instant start, int minutes, boolean live, @Nullable String genre) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO slot (id, channel_id, item_id, title, start_at, stop_at, live, genre, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, tv(), item, "Chương trình " + id.toString().substring(0, 6), Timestamp.from(start),
                        Timestamp.from(start.plusSeconds(minutes * 60L)), live, genre, user)
                .update();
        outbox("slot", id, 1, "SlotCreated");
        return id;
    }

    /** Makes {@code unit} a lead unit of {@code task} (table plan_task_lead). */
    public void lead(String task) {
        jdbc.sql("INSERT INTO plan_task_lead (task_code, unit_id) VALUES (?, ?)").params(task, unit).update();
    }

    public void outbox(String aggregate, UUID id, long version, String eventType) {
        jdbc.sql("""
                INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb))
                """).params(aggregate, id.toString(), version, eventType, "{\"id\": \"" + id + "\"}").update();
    }
}
