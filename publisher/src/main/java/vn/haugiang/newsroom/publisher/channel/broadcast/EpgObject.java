package vn.haugiang.newsroom.publisher.channel.broadcast;

/**
 * One object for the {@code site} bucket.
 *
 * @param key         the object key, e.g. {@code hgtv/epg/2026-05-01.xml}
 * @param contentType its {@code Content-Type}, with the charset (always UTF-8)
 * @param bytes       the content
 */
record EpgObject(String key, String contentType, byte[] bytes) {
}
