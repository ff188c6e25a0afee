package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Rows and objects for broadcast publishing tests: a unit of its own with a user, a broadcast channel with a
 * random id, and a paused web channel (so linked items have a page URL), so the tests run again and again on a
 * database and bucket that keep their data. {@link #close()} removes the slots and channels and the channel's
 * objects.
 */
final class EpgFixtures implements AutoCloseable {

    private final JdbcClient jdbc;
    private final S3Client s3;
    private final String bucket;
    private final String unitId = "test-epg-" + shortId();

    String unitId() {
        return unitId;
    }
    private final UUID userId = UUID.randomUUID();
    private final String channelId = "test-epg-" + shortId();
    private final String webChannelId = "test-epg-web-" + shortId();

    EpgFixtures(JdbcClient jdbc, S3Client s3, String bucket) {
        this.jdbc = jdbc;
        this.s3 = s3;
        this.bucket = bucket;
        jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (:id, :id, 'other')").param("id", unitId).update();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :name, :name, 'not-a-hash', 'PRODUCER', :unit)
                """).param("id", userId).param("name", "epg-" + userId).param("unit", unitId).update();
        jdbc.sql("INSERT INTO broadcast_channel (id, unit_id, kind, name) VALUES (:id, :unit, 'tv', :name)")
                .param("id", channelId).param("unit", unitId).param("name", "Kênh thử nghiệm " + channelId).update();
        jdbc.sql("""
                INSERT INTO output_channel (id, unit_id, kind, name, base_url, status)
                VALUES (:id, :unit, 'web', 'Trang thử nghiệm', :base, 'paused')
                """).param("id", webChannelId).param("unit", unitId).param("base", siteUrl()).update();
    }

    String channelId() {
        return channelId;
    }

    String siteUrl() {
        return "https://" + webChannelId + ".example/";
    }

    /** A slot; {@code start} and {@code stop} as ISO-8601 with offset. */
    UUID slot(String title, String start, String stop, boolean live, @Nullable UUID itemId) {
        return slot(title, OffsetDateTime.parse(start).toInstant(), OffsetDateTime.parse(stop).toInstant(), live, itemId);
    }

    UUID slot(String title, Instant start, Instant stop, boolean live, @Nullable UUID itemId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO slot (id, channel_id, item_id, title, start_at, stop_at, live, genre, created_by)
                VALUES (:id, :channel, :item, :title, :start, :stop, :live, 'Tin tức', :user)
                """).param("id", id).param("channel", channelId).param("item", itemId).param("title", title)
                .param("start", start.atOffset(ZoneOffset.UTC)).param("stop", stop.atOffset(ZoneOffset.UTC))
                .param("live", live).param("user", userId).update();
        return id;
    }

    /** What cms-api does on an edit: a new title and the next version. */
    void retitle(UUID slotId, String title) {
        jdbc.sql("UPDATE slot SET title = :title, version = version + 1 WHERE id = :id").param("title", title)
                .param("id", slotId).update();
    }

    /** A published video clip of the unit; returns its id; its page is {@code tin/<slug>.html}. */
    UUID publishedClip(String headline, String slug) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, body, slug,
                                  first_published_at, created_by)
                VALUES (:id, :unit, 'video_clip', 'published', 1, 1, :headline, '<p>Giới thiệu.</p>', :slug, now(), :user)
                """).param("id", id).param("unit", unitId).param("headline", headline).param("slug", slug)
                .param("user", userId).update();
        return id;
    }

    /** The keys under the channel's prefix, sorted. */
    List<String> keys() {
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix(channelId + "/")).contents().stream().map(S3Object::key)
                .sorted().toList();
    }

    byte[] bytes(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    String text(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    String contentType(String key) {
        return s3.headObject(b -> b.bucket(bucket).key(key)).contentType();
    }

    boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public void close() {
        jdbc.sql("DELETE FROM slot WHERE channel_id = :id").param("id", channelId).update();
        jdbc.sql("DELETE FROM broadcast_channel WHERE id = :id").param("id", channelId).update();
        for (S3Object object : s3.listObjectsV2(b -> b.bucket(bucket).prefix(channelId + "/")).contents()) {
            s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
