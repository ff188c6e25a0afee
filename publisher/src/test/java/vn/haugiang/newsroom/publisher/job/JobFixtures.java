package vn.haugiang.newsroom.publisher.job;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Rows and objects for publish-run tests: a unit of its own, a web channel with a random id and a
 * base URL, and a column routing to it, so the tests run again and again on a database and bucket
 * that keep their data. {@link #close()} pauses the channel (what a test leaves due is never claimed
 * by a later one) and deletes the channel's objects.
 */
final class JobFixtures implements AutoCloseable {

    private final JdbcClient jdbc;
    private final S3Client s3;
    private final String bucket;
    private final String unitId;
    private final UUID userId = UUID.randomUUID();
    private final String channelId = "test-web-" + shortId();
    private final String baseUrl = "https://" + channelId + ".example/";
    private final UUID columnId = UUID.randomUUID();
    private final List<String> channels = new ArrayList<>();

    JobFixtures(JdbcClient jdbc, S3Client s3, String bucket) {
        this(jdbc, s3, bucket, null);
    }

    /**
     * The same rows in an existing unit ({@code existingUnit}, e.g. {@code bao-hau-giang}) instead of one of
     * their own; the column's slug is then random, as the unit's seeded columns hold the usual ones.
     */
    JobFixtures(JdbcClient jdbc, S3Client s3, String bucket, @Nullable String existingUnit) {
        this.jdbc = jdbc;
        this.s3 = s3;
        this.bucket = bucket;
        this.unitId = existingUnit == null ? "test-job-" + shortId() : existingUnit;
        if (existingUnit == null) {
            jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (:id, :id, 'other')").param("id", unitId).update();
        }
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :name, :name, 'not-a-hash', 'REPORTER', :unit)
                """).param("id", userId).param("name", "job-" + userId).param("unit", unitId).update();
        insertChannel(channelId, baseUrl);
        insertColumn(columnId, existingUnit == null ? "thoi-su" : "thoi-su-" + shortId(), channelId);
    }

    /** Another web channel of the unit, with its own base URL, and a column routing to it only. */
    UUID columnOnNewChannel(String baseUrl) {
        String id = "test-web-" + shortId();
        insertChannel(id, baseUrl);
        UUID column = UUID.randomUUID();
        insertColumn(column, "cot-" + shortId(), id);
        return column;
    }

    private void insertChannel(String id, String base) {
        jdbc.sql("""
                INSERT INTO output_channel (id, unit_id, kind, name, base_url)
                VALUES (:id, :unit, 'web', 'Trang thử nghiệm', :base)
                """).param("id", id).param("unit", unitId).param("base", base).update();
        channels.add(id);
    }

    private void insertColumn(UUID id, String slug, String channel) {
        jdbc.sql("""
                INSERT INTO content_column (id, unit_id, slug, name, kind, default_channels)
                VALUES (:id, :unit, :slug, 'Thời sự', 'column', CAST(:channels AS text[]))
                """).param("id", id).param("unit", unitId).param("slug", slug)
                .param("channels", new SqlParameterValue(Types.ARRAY, new String[] {channel})).update();
    }

    String channelId() {
        return channelId;
    }

    String unitId() {
        return unitId;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A published item in the column, version 1, with its {@code ItemPublished} outbox row. */
    Item publishedItem(String headline) {
        return publishedItem(headline, columnId);
    }

    /** {@link #publishedItem(String)} in another column. */
    Item publishedItem(String headline, UUID column) {
        UUID id = UUID.randomUUID();
        String slug = "tin-" + shortId();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, standfirst, body, byline,
                                  column_id, tags, slug, first_published_at, created_by)
                VALUES (:id, :unit, 'article', 'published', 1, 1, :headline, 'Sa-pô thử nghiệm.',
                        '<p>Nội dung bài viết.</p>', 'Phóng viên', :column, '{Hậu Giang}', :slug, now(), :user)
                """).param("id", id).param("unit", unitId).param("headline", headline).param("column", column)
                .param("slug", slug).param("user", userId).update();
        outbox(id, 1, "ItemPublished");
        return new Item(id, slug);
    }

    /** {@code count} published items in the column, with their outbox rows, in one statement each. */
    List<UUID> publishedItems(int count) {
        String prefix = "tin-" + shortId() + "-";
        List<UUID> ids = jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, standfirst, body, byline,
                                  column_id, tags, slug, first_published_at, created_by)
                SELECT gen_random_uuid(), :unit, 'article', 'published', 1, 1, 'Tin số ' || n, 'Sa-pô thử nghiệm.',
                       '<p>Nội dung bài viết.</p>', 'Phóng viên', :column, '{Hậu Giang}', :prefix || n, now(), :user
                FROM generate_series(1, :count) AS n
                RETURNING id
                """).param("unit", unitId).param("column", columnId).param("prefix", prefix).param("user", userId)
                .param("count", count).query(UUID.class).list();
        jdbc.sql("""
                INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload)
                SELECT 'item', CAST(id AS text), 1, 'ItemPublished', CAST(:payload AS jsonb)
                FROM unnest(CAST(:ids AS uuid[])) AS id
                """).param("ids", new SqlParameterValue(Types.ARRAY, ids.toArray(UUID[]::new)))
                .param("payload", "{\"unit\": \"" + unitId + "\"}").update();
        return ids;
    }

    /** The deliveries of the items, by state code. */
    Map<String, Long> statesOf(List<UUID> items) {
        return jdbc.sql("""
                SELECT state, count(*) AS n FROM delivery WHERE item_id = ANY (CAST(:ids AS uuid[])) GROUP BY state
                """).param("ids", new SqlParameterValue(Types.ARRAY, items.toArray(UUID[]::new)))
                .query((rs, n) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue));
    }

    /** How many times each of the items' deliveries was logged {@code delivered}, by delivery id. */
    Map<UUID, Long> deliveredEvents(List<UUID> items) {
        return jdbc.sql("""
                SELECT d.id, count(e.id) FILTER (WHERE e.to_state = 'delivered') AS n
                FROM delivery d LEFT JOIN delivery_event e ON e.delivery_id = d.id
                WHERE d.item_id = ANY (CAST(:ids AS uuid[])) GROUP BY d.id
                """).param("ids", new SqlParameterValue(Types.ARRAY, items.toArray(UUID[]::new)))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue));
    }

    /** The objects under the fixture's first channel. */
    /** Article pages in the channel's site (the job also writes lists, feeds and sitemaps beside them). */
    int objectCount() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(channelId + "/tin/")).contents().stream()
                .mapToInt(o -> 1).sum();
    }

    /** What cms-api does on a correction: the next version, a new headline, an {@code ItemCorrected} row. */
    void correct(UUID itemId, String headline) {
        long version = jdbc.sql("""
                UPDATE item SET state = 'corrected', version = version + 1, headline = :headline, updated_at = now()
                WHERE id = :id RETURNING version
                """).param("headline", headline).param("id", itemId).query(Long.class).single();
        outbox(itemId, version, "ItemCorrected");
    }

    /** What cms-api does on a take-down: the next version and an {@code ItemTakenDown} row. */
    void takeDown(UUID itemId) {
        long version = jdbc.sql("""
                UPDATE item SET state = 'taken_down', version = version + 1, takedown_reason = 'test', updated_at = now()
                WHERE id = :id RETURNING version
                """).param("id", itemId).query(Long.class).single();
        outbox(itemId, version, "ItemTakenDown");
    }

    /** Holds the channel's deliveries back, so they stay as planned. */
    void pauseChannel() {
        jdbc.sql("UPDATE output_channel SET status = 'paused' WHERE id = :id").param("id", channelId).update();
    }

    long lastOutboxId(UUID itemId) {
        return jdbc.sql("SELECT max(id) FROM outbox_event WHERE aggregate_id = :id").param("id", itemId.toString())
                .query(Long.class).single();
    }

    /** Moves the planning position forward (never back) to {@code id}, as a run that read it would. */
    void readUpTo(long id) {
        jdbc.sql("UPDATE publisher_position SET last_id = greatest(last_id, :id) WHERE name = :name")
                .param("id", id).param("name", OutboxPlanning.POSITION).update();
    }

    long position() {
        return jdbc.sql("SELECT last_id FROM publisher_position WHERE name = :name")
                .param("name", OutboxPlanning.POSITION).query(Long.class).single();
    }

    private void outbox(UUID itemId, long version, String type) {
        jdbc.sql("""
                INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload)
                VALUES ('item', :id, :version, :type, CAST(:payload AS jsonb))
                """).param("id", itemId.toString()).param("version", version).param("type", type)
                .param("payload", "{\"unit\": \"" + unitId + "\"}").update();
    }

    List<Delivery> deliveries(UUID itemId) {
        return jdbc.sql("""
                SELECT id, item_version, state, external_id, external_url FROM delivery
                WHERE item_id = :item ORDER BY item_version
                """).param("item", itemId)
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getLong("item_version"),
                        rs.getString("state"), rs.getString("external_id"), rs.getString("external_url")))
                .list();
    }

    /** Every logged change of the item's deliveries, "from→to" in order. */
    List<String> deliveryEvents(UUID itemId) {
        return jdbc.sql("""
                SELECT coalesce(e.from_state, '') || '→' || e.to_state FROM delivery_event e
                JOIN delivery d ON d.id = e.delivery_id WHERE d.item_id = :item ORDER BY e.id
                """).param("item", itemId).query(String.class).list();
    }

    @Nullable HeadObjectResponse head(String key) {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key));
        }
        catch (NoSuchKeyException e) {
            return null;
        }
    }

    String text(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    @Override
    public void close() {
        for (String channel : channels) {
            jdbc.sql("UPDATE output_channel SET status = 'paused' WHERE id = :id").param("id", channel).update();
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(channel + "/")).contents()) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
            }
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    record Item(UUID id, String slug) {
    }

    record Delivery(UUID id, long version, String state, @Nullable String externalId, @Nullable String url) {
    }
}
