/**
 * The media library: images, audio and video of a unit, uploaded in one request or resumably
 * (S3 multipart), typed by their content, described by their metadata, rendered to web sizes, kept
 * in the S3 {@code media} bucket and published to the {@code site} bucket.
 *
 * <p>The entry point is {@link vn.haugiang.newsroom.cms.media.MediaService}. Sources: Apache Tika
 * 3.3.1 ({@code org.apache.tika.detect.Detector}, {@code AutoDetectParser}, the {@code xmpDM}
 * properties), the JDK's {@code javax.imageio} and {@code javax.sound.sampled}, Thumbnailator 0.4.20,
 * AWS SDK for Java v2 ({@code S3Client}, {@code S3Presigner}, multipart upload), and the Amazon S3 API
 * reference (5 MiB minimum part size, 10,000 parts).
 */
@NullMarked
package vn.haugiang.newsroom.cms.media;

import org.jspecify.annotations.NullMarked;
