package vn.haugiang.newsroom.cms.media;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resumable upload (table {@code media_upload}): an S3 multipart upload to {@code stagingKey}.
 *
 * @param state {@code open} (taking parts), {@code completing}, {@code completed}, {@code aborted}
 *     or {@code failed} (the assembled content was refused; {@code failure} says why)
 */
record Upload(UUID id, String unitId, UUID createdBy, String fileName, long declaredSize, @Nullable String claimedType,
        @Nullable MediaKind kind, String stagingKey, String s3UploadId, String state, @Nullable UUID mediaId,
        @Nullable String failure, Instant createdAt, Instant expiresAt) {

    static final String OPEN = "open";
    static final String COMPLETED = "completed";

    /**
     * One part S3 acknowledged.
     *
     * @param number 1 to 10,000
     * @param size bytes
     * @param etag S3's ETag for it, needed to complete
     */
    record Part(int number, long size, String etag) {
    }
}
