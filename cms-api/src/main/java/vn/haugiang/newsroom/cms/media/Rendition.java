package vn.haugiang.newsroom.cms.media;

/**
 * A stored rendition of an image, re-encoded from its pixels (no EXIF, no GPS).
 *
 * @param name {@code thumbnail} or {@code web}
 * @param key its object key in the {@code media} bucket
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param width pixels
 * @param height pixels
 * @param size bytes
 */
public record Rendition(String name, String key, String contentType, int width, int height, long size) {
}
