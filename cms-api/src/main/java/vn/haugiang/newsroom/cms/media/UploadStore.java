package vn.haugiang.newsroom.cms.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resumable uploads and their parts (tables {@code media_upload}, {@code media_upload_part}). */
@Repository
class UploadStore {

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload upload) {
        jdbc.sql("""
                INSERT INTO media_upload (id, unit_id, created_by, file_name, declared_size, claimed_type, kind,
                                          staging_key, s3_upload_id, state, created_at, updated_at, expires_at)
                VALUES (:id, :unit, :createdBy, :name, :size, :claimed, :kind, :staging, :s3, 'open', :at, :at, :expires)
                """)
                .param("id", upload.id()).param("unit", upload.unitId()).param("createdBy", upload.createdBy())
                .param("name", upload.fileName()).param("size", upload.declaredSize())
                .param("claimed", upload.claimedType()).param("kind", upload.kind() == null ? null : upload.kind().code())
                .param("staging", upload.stagingKey()).param("s3", upload.s3UploadId())
                .param("at", MediaStore.utc(upload.createdAt())).param("expires", MediaStore.utc(upload.expiresAt()))
                .update();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT * FROM media_upload WHERE id = ?").param(id).query(this::upload).optional();
    }

    List<Upload.Part> parts(UUID id) {
        return jdbc.sql("SELECT part_number, size_bytes, etag FROM media_upload_part WHERE upload_id = ? ORDER BY part_number")
                .param(id).query((rs, n) -> new Upload.Part(rs.getInt(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Bytes received in parts other than {@code partNumber}. */
    long bytesExcept(UUID id, int partNumber) {
        return jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM media_upload_part WHERE upload_id = ? AND part_number <> ?")
                .params(id, partNumber).query(Long.class).single();
    }

    /** Records a part; a part sent again replaces the earlier one, as it does in S3. */
    void savePart(UUID id, Upload.Part part) {
        jdbc.sql("""
                INSERT INTO media_upload_part (upload_id, part_number, size_bytes, etag) VALUES (?, ?, ?, ?)
                ON CONFLICT (upload_id, part_number)
                DO UPDATE SET size_bytes = excluded.size_bytes, etag = excluded.etag, received_at = now()
                """).params(id, part.number(), part.size(), part.etag()).update();
    }

    /** Moves the upload from {@code from} to {@code to}; {@code false} when it was not in {@code from}. */
    boolean transition(UUID id, String from, String to) {
        return jdbc.sql("UPDATE media_upload SET state = ?, updated_at = now() WHERE id = ? AND state = ?")
                .params(to, id, from).update() == 1;
    }

    void completed(UUID id, UUID mediaId) {
        jdbc.sql("UPDATE media_upload SET state = 'completed', media_id = ?, updated_at = now() WHERE id = ?")
                .params(mediaId, id).update();
    }

    void failed(UUID id, String reason) {
        jdbc.sql("UPDATE media_upload SET state = 'failed', failure = ?, updated_at = now() WHERE id = ?")
                .params(reason, id).update();
    }

    /** Uploads still open or half-completed after their expiry. */
    List<Upload> expired(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM media_upload WHERE state IN ('open', 'completing') AND expires_at < ? ORDER BY expires_at LIMIT ?")
                .params(MediaStore.utc(now), limit).query(this::upload).list();
    }

    private Upload upload(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        return new Upload(rs.getObject("id", UUID.class), rs.getString("unit_id"), rs.getObject("created_by", UUID.class),
                rs.getString("file_name"), rs.getLong("declared_size"), rs.getString("claimed_type"),
                kind == null ? null : MediaKind.ofCode(kind), rs.getString("staging_key"), rs.getString("s3_upload_id"),
                rs.getString("state"), rs.getObject("media_id", UUID.class), rs.getString("failure"),
                instant(rs.getObject("created_at", OffsetDateTime.class)), instant(rs.getObject("expires_at", OffsetDateTime.class)));
    }

    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? Instant.EPOCH : time.toInstant();
    }
}
