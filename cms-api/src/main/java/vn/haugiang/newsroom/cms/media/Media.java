package vn.haugiang.newsroom.cms.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored medium (table {@code media}).
 *
 * @param id its id, also in its key
 * @param unitId the owning unit
 * @param kind image, audio or video
 * @param contentType detected from the bytes, e.g. {@code image/jpeg}
 * @param size bytes of the original
 * @param sha256 lower-case hex SHA-256 of the original; unique within the unit
 * @param originalName the file name as uploaded, NFC
 * @param key the original's object key in the {@code media} bucket
 * @param ready {@code false} while its objects are being written
 * @param version 1 when created, +1 per change (publication), for outbox consumers
 * @param publishedAt when it was published to the site; {@code null} while unpublished
 * @param metadata public metadata (see {@code MetadataMapper} for names and units)
 * @param privateMetadata only for the owning unit (e.g. GPS when kept)
 * @param renditions of an image; empty for audio and video
 * @param createdBy the uploader's user id
 * @param createdAt when the upload was stored (UTC)
 */
public record Media(UUID id, String unitId, MediaKind kind, String contentType, long size, String sha256,
        String originalName, String key, boolean ready, long version, @Nullable Instant publishedAt,
        Map<String, Object> metadata, Map<String, Object> privateMetadata, List<Rendition> renditions, UUID createdBy,
        Instant createdAt) {

    public boolean published() {
        return publishedAt != null;
    }

    /** Every object key of the media bucket: the original and each rendition. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(key);
        renditions.forEach(rendition -> keys.add(rendition.key()));
        return keys;
    }

    /**
     * The keys published to the site: an image's renditions (never its original, which may carry
     * EXIF and GPS), or the original of audio and video, which have no renditions.
     */
    public List<String> publicKeys() {
        return kind == MediaKind.IMAGE ? renditions.stream().map(Rendition::key).toList() : List.of(key);
    }
}
