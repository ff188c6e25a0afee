package vn.haugiang.newsroom.cms.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Media rows (table {@code media}) in explicit SQL. */
@Repository
class MediaStore {

    private static final String COLUMNS = """
            id, unit_id, kind, content_type, size_bytes, sha256, original_name, storage_key, status, version,
            published_at, metadata::text, private_metadata::text, renditions::text, created_by, created_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MediaStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts {@code media} as {@code storing} unless its unit already holds the same content. The
     * unique constraint decides, so two simultaneous uploads of one file cannot both insert.
     *
     * @return {@code false} when the content is already there (nothing written)
     */
    boolean claim(Media media) {
        return jdbc.sql("""
                INSERT INTO media (id, unit_id, kind, content_type, size_bytes, sha256, original_name, storage_key, status,
                                   metadata, private_metadata, renditions, created_by, created_at)
                VALUES (:id, :unit, :kind, :type, :size, :sha256, :name, :key, 'storing', CAST(:metadata AS jsonb),
                        CAST(:private AS jsonb), CAST(:renditions AS jsonb), :createdBy, :createdAt)
                ON CONFLICT (unit_id, sha256) DO NOTHING
                """)
                .param("id", media.id()).param("unit", media.unitId()).param("kind", media.kind().code())
                .param("type", media.contentType()).param("size", media.size()).param("sha256", media.sha256())
                .param("name", media.originalName()).param("key", media.key())
                .param("metadata", json.writeValueAsString(media.metadata()))
                .param("private", json.writeValueAsString(media.privateMetadata()))
                .param("renditions", json.writeValueAsString(media.renditions()))
                .param("createdBy", media.createdBy()).param("createdAt", utc(media.createdAt()))
                .update() == 1;
    }

    void markReady(UUID id) {
        jdbc.sql("UPDATE media SET status = 'ready' WHERE id = ?").param(id).update();
    }

    Optional<Media> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = ?").param(id).query(this::media).optional();
    }

    Optional<Media> findBySha256(String unit, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE unit_id = ? AND sha256 = ?").params(unit, sha256)
                .query(this::media).optional();
    }

    /**
     * The unit's media, newest first, after the page that ended with ({@code before},
     * {@code beforeId}): keyset paging on (created_at, id), so media created in the same instant
     * are neither skipped nor repeated. Without {@code beforeId}, everything older than {@code before}.
     */
    List<Media> list(String unit, @Nullable Instant before, @Nullable UUID beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE unit_id = :unit AND (CAST(:before AS timestamptz) IS NULL"
                        + " OR (CAST(:beforeId AS uuid) IS NULL AND created_at < :before)"
                        + " OR (created_at, id) < (:before, CAST(:beforeId AS uuid)))"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("unit", unit).param("before", utc(before)).param("beforeId", beforeId).param("limit", limit)
                .query(this::media).list();
    }

    /** @return the new version, or empty when it was already published (or is gone) */
    Optional<Long> publish(UUID id, Instant at) {
        return jdbc.sql("UPDATE media SET published_at = ?, published = TRUE, version = version + 1"
                        + " WHERE id = ? AND NOT published AND status = 'ready' RETURNING version")
                .params(utc(at), id).query(Long.class).optional();
    }

    /** Locks the medium's row for the caller's transaction; false when it is gone. */
    boolean lock(UUID id) {
        return jdbc.sql("SELECT id FROM media WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional().isPresent();
    }

    /** @return the deleted row's version, or empty when another request deleted it first */
    Optional<Long> delete(UUID id) {
        return jdbc.sql("DELETE FROM media WHERE id = ? RETURNING version").param(id).query(Long.class).optional();
    }

    /**
     * Media created before {@code cutoff} that no item mentions, oldest first. Items are matched
     * generously (the id anywhere in the body); the caller confirms with {@link MediaReferences}.
     */
    List<UUID> unreferencedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                SELECT m.id FROM media m
                WHERE m.created_at < ? AND m.status = 'ready'
                  AND NOT EXISTS (SELECT 1 FROM item i WHERE i.featured_media = m.id)
                  AND NOT EXISTS (SELECT 1 FROM item i WHERE strpos(lower(i.body), m.id::text) > 0)
                  -- An older revision may be restored: media it names (body or featuredMedia) stay.
                  AND NOT EXISTS (SELECT 1 FROM item_revision r WHERE strpos(lower(r.content::text), m.id::text) > 0)
                ORDER BY m.created_at, m.id LIMIT ?
                """).params(utc(cutoff), limit).query(UUID.class).list();
    }

    /** Rows left {@code storing} since before {@code cutoff}: their upload died half-way. */
    List<Media> storingSince(Instant cutoff, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE status = 'storing' AND created_at < ? ORDER BY created_at LIMIT ?")
                .params(utc(cutoff), limit).query(this::media).list();
    }

    private Media media(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new Media(rs.getObject("id", UUID.class), rs.getString("unit_id"),
                MediaKind.ofCode(rs.getString("kind")), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("original_name"), rs.getString("storage_key"),
                "ready".equals(rs.getString("status")), rs.getLong("version"),
                published == null ? null : published.toInstant(),
                json.readValue(rs.getString("metadata"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(rs.getString("private_metadata"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(rs.getString("renditions"), new TypeReference<List<Rendition>>() { }),
                rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
