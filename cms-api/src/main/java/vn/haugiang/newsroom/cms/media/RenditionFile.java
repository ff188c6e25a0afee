package vn.haugiang.newsroom.cms.media;

import java.nio.file.Path;

/**
 * A rendition made on disk, not yet stored.
 *
 * @param name {@code thumbnail} or {@code web}
 * @param path the temporary file
 * @param contentType {@code image/jpeg}, or {@code image/png} for images with transparency
 * @param extension {@code jpg} or {@code png}
 * @param width pixels
 * @param height pixels
 * @param size bytes
 */
record RenditionFile(String name, Path path, String contentType, String extension, int width, int height, long size) {
}
