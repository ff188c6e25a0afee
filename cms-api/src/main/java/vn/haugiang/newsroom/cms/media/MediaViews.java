package vn.haugiang.newsroom.cms.media;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * Builds {@link MediaView}s: presigned URLs (valid {@code presign-expiry}) while unpublished,
 * public site URLs ({@code public-base-url} + key) once published. The original is only ever
 * presigned, and only for the owning unit.
 */
@Component
class MediaViews {

    private final MediaStorage storage;
    private final MediaProperties properties;
    private final Clock clock;

    MediaViews(MediaStorage storage, MediaProperties properties, Clock clock) {
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    MediaView view(CurrentUser user, Media media) {
        Instant expiresAt = clock.instant().plus(properties.presignExpiry());
        boolean unit = MediaAccess.seesPrivate(user, media);
        MediaView.Link original = unit ? new MediaView.Link(presign(media.key(), media), expiresAt) : null;
        List<MediaView.RenditionLink> renditions = media.renditions().stream()
                .map(r -> new MediaView.RenditionLink(r.name(), r.key(), r.contentType(), r.width(), r.height(), r.size(),
                        media.published() ? publicUrl(r.key()) : presign(r.key(), media),
                        media.published() ? null : expiresAt))
                .toList();
        return new MediaView(media.id(), media.unitId(), media.kind(), media.contentType(), media.size(), media.sha256(),
                media.originalName(), media.key(), media.ready() ? "ready" : "storing", media.published(),
                media.publishedAt(), media.createdAt(), media.metadata(), unit ? media.privateMetadata() : null, original,
                renditions, media.published() ? publicUrl(media) : null);
    }

    /** The site URL of a published medium: an image's web rendition, audio and video themselves. */
    String publicUrl(Media media) {
        List<String> keys = media.publicKeys();
        String main = media.renditions().stream().filter(r -> r.name().equals("web")).map(Rendition::key).findFirst()
                .orElse(keys.get(0));
        return publicUrl(main);
    }

    private String publicUrl(String key) {
        String base = properties.publicBaseUrl();
        return (base.endsWith("/") ? base : base + "/") + key;
    }

    private String presign(String key, Media media) {
        return storage.presignGet(key, downloadName(key, media), properties.presignExpiry()).toString();
    }

    /** The uploaded name, with the extension of the object actually served. */
    private static String downloadName(String key, Media media) {
        String name = media.originalName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = key.substring(key.lastIndexOf('.'));
        return key.equals(media.key()) ? base + extension : base + " (" + renditionName(key) + ")" + extension;
    }

    private static String renditionName(String key) {
        String stem = key.substring(0, key.lastIndexOf('.'));
        return stem.substring(stem.lastIndexOf('-') + 1);
    }
}
