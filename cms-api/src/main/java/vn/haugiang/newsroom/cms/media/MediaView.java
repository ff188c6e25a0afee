package vn.haugiang.newsroom.cms.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A medium as the API shows it (JSON of {@code GET /api/media/{id}} and of uploads).
 *
 * @param id the medium's id
 * @param unitId the owning unit
 * @param kind {@code image}, {@code audio} or {@code video}
 * @param contentType detected from the bytes
 * @param size bytes of the original
 * @param sha256 lower-case hex SHA-256 of the original
 * @param originalName the file name as uploaded, NFC
 * @param key the original's object key ({@code unit/yyyy/mm/<id>-<slug>.<ext>}, month in Asia/Ho_Chi_Minh)
 * @param status {@code ready}, or {@code storing} while its objects are being written
 * @param published whether it is on the public site
 * @param publishedAt when it was published (UTC)
 * @param createdAt when it was uploaded (UTC)
 * @param metadata public metadata: images {@code width}, {@code height} (pixels of the frame),
 *     {@code camera}, {@code takenAt}, {@code caption}, {@code credit}, {@code keywords}; audio and
 *     video {@code duration} (s), {@code audioCodec}, {@code sampleRate} (Hz), {@code averageBitrate}
 *     (bit/s), {@code frameWidth}, {@code frameHeight}, {@code frameRate}, {@code title},
 *     {@code artist}, {@code poster}; never a position
 * @param privateMetadata only for the owning unit: {@code gps} when configured to keep it
 * @param original a presigned GET of the original, only for the owning unit
 * @param renditions of an image, each with a presigned (or, once published, public) URL
 * @param publicUrl the site URL once published: an image's {@code web} rendition, or the audio or
 *     video file itself
 */
public record MediaView(UUID id, String unitId, MediaKind kind, String contentType, long size, String sha256,
        String originalName, String key, String status, boolean published, @Nullable Instant publishedAt,
        Instant createdAt, Map<String, Object> metadata, @Nullable Map<String, Object> privateMetadata,
        @Nullable Link original, List<RenditionLink> renditions, @Nullable String publicUrl) {

    /**
     * A URL to fetch a file from.
     *
     * @param url presigned S3 GET, or the public site URL
     * @param expiresAt when a presigned URL stops working; absent for public URLs
     */
    public record Link(String url, @Nullable Instant expiresAt) {
    }

    /**
     * A rendition and where to fetch it.
     *
     * @param name {@code thumbnail} or {@code web}
     * @param key object key
     * @param contentType {@code image/jpeg} or {@code image/png}
     * @param width pixels
     * @param height pixels
     * @param size bytes
     * @param url presigned S3 GET, or the public site URL once published
     * @param expiresAt when a presigned URL stops working
     */
    public record RenditionLink(String name, String key, String contentType, int width, int height, long size,
            String url, @Nullable Instant expiresAt) {
    }
}
