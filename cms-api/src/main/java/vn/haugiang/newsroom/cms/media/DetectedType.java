package vn.haugiang.newsroom.cms.media;

/**
 * An upload's type as detected from its bytes.
 *
 * @param contentType base type without parameters, e.g. {@code video/mp4}
 * @param kind what that makes the file
 * @param extension the extension its key gets, without the dot, e.g. {@code mp4}
 */
record DetectedType(String contentType, MediaKind kind, String extension) {
}
