package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for social tests: a unit of its own with a web channel and social channels with random ids, published
 * items and their deliveries, inserted with SQL. {@link #close()} pauses the channels, so what a test leaves due is
 * never claimed or reconciled by a later one.
 */
final class SocialFixtures implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String unitId = "test-social-" + shortId();
    private final UUID userId = UUID.randomUUID();
    private final List<String> channels = new ArrayList<>();

    SocialFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (:id, :id, 'other')").param("id", unitId).update();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :name, :name, 'not-a-hash', 'REPORTER', :unit)
                """).param("id", userId).param("name", "social-" + userId).param("unit", unitId).update();
    }

    String channel(String kind) {
        String id = "test-" + kind + "-" + shortId();
        jdbc.sql("INSERT INTO output_channel (id, unit_id, kind, name) VALUES (:id, :unit, :kind, 'Kênh thử')")
                .param("id", id).param("unit", unitId).param("kind", kind).update();
        channels.add(id);
        return id;
    }

    /** A published article, version 1, tagged "Hậu Giang". */
    UUID publishedItem(String headline) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, standfirst, body, tags, slug,
                                  first_published_at, created_by)
                VALUES (:id, :unit, 'article', 'published', 1, 1, :headline, 'Sa-pô thử nghiệm.', '<p>Nội dung.</p>',
                        '{Hậu Giang}', :slug, now(), :user)
                """).param("id", id).param("unit", unitId).param("headline", headline).param("slug", "tin-" + id)
                .param("user", userId).update();
        return id;
    }

    void correct(UUID itemId) {
        jdbc.sql("UPDATE item SET state = 'corrected', version = version + 1 WHERE id = :id").param("id", itemId)
                .update();
    }

    /** A delivery of version 1, due now, in {@code state} (with an external URL for delivered web ones). */
    UUID delivery(UUID itemId, String channelId, String state, @Nullable String externalUrl) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, external_url)
                VALUES (:id, :item, 1, :channel, :state, now(), :url)
                """).param("id", id).param("item", itemId).param("channel", channelId).param("state", state)
                .param("url", externalUrl).update();
        return id;
    }

    /**
     * A delivery of {@code version}, due now, in {@code state}, with the channel's id of its post; an
     * {@code unknown} one gets the {@code in_progress} event of the attempt that left it so.
     */
    UUID delivery(UUID itemId, String channelId, long version, String state, @Nullable String externalId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, external_id)
                VALUES (:id, :item, :version, :channel, :state, now(), :externalId)
                """).param("id", id).param("item", itemId).param("version", version).param("channel", channelId)
                .param("state", state).param("externalId", externalId).update();
        if (state.equals("unknown")) {
            jdbc.sql("""
                    INSERT INTO delivery_event (delivery_id, from_state, to_state, at)
                    VALUES (:id, 'pending', 'in_progress', now() - interval '1 minute'),
                           (:id, 'in_progress', 'unknown', now())
                    """).param("id", id).update();
        }
        return id;
    }

    /** The {@code error} texts of a delivery's events, oldest first, empty for events without one. */
    List<String> eventErrors(UUID deliveryId) {
        return jdbc.sql("SELECT coalesce(error, '') FROM delivery_event WHERE delivery_id = :id ORDER BY id")
                .param("id", deliveryId).query(String.class).list();
    }

    Row row(UUID deliveryId) {
        return jdbc.sql("""
                SELECT state, due_at, external_id, external_url, last_http_status, last_error FROM delivery WHERE id = :id
                """).param("id", deliveryId)
                .query((rs, n) -> new Row(rs.getString("state"), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                        rs.getString("external_id"), rs.getString("external_url"),
                        (Integer) rs.getObject("last_http_status"), rs.getString("last_error")))
                .single();
    }

    Map<String, Object> channelRow(String channelId) {
        return jdbc.sql("SELECT status, status_reason, credentials FROM output_channel WHERE id = :id")
                .param("id", channelId).query().singleRow();
    }

    List<String> events(UUID deliveryId) {
        return jdbc.sql("""
                SELECT coalesce(from_state, '') || '→' || to_state FROM delivery_event WHERE delivery_id = :id ORDER BY id
                """).param("id", deliveryId).query(String.class).list();
    }

    /** The marker of version 1 of the item, worked out from the id by hand: "#hg", 12 hex digits, "v1". */
    static String markerV1(UUID itemId) {
        return markerV(itemId, 1);
    }

    /** The marker of a version of the item, worked out from the id by hand: "#hg", 12 hex digits, "v", version. */
    static String markerV(UUID itemId, long version) {
        return "#hg" + itemId.toString().replace("-", "").substring(0, 12) + "v" + version;
    }

    @Override
    public void close() {
        for (String channel : channels) {
            jdbc.sql("UPDATE output_channel SET status = 'paused' WHERE id = :id").param("id", channel).update();
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    record Row(String state, Instant dueAt, @Nullable String externalId, @Nullable String externalUrl,
            @Nullable Integer httpStatus, @Nullable String error) {
    }
}
