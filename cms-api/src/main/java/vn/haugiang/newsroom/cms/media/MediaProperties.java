package vn.haugiang.newsroom.cms.media;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The media library's limits and behaviour ({@code newsroom.media.*}). Sizes take Spring's forms
 * ({@code 50MB} = 50 MiB), durations too ({@code 30s}, {@code 7d}).
 *
 * @param maxSize the largest file accepted per kind; defaults image 50 MB, audio 500 MB, video 4 GB.
 *     A single multipart request is further capped by {@code spring.servlet.multipart.max-file-size};
 *     larger files come through the resumable upload
 * @param allowedTypes content types accepted per kind, as Tika detects them from the bytes
 * @param thumbnailWidth width in pixels of the {@code thumbnail} rendition of an image; default 320
 * @param webWidth width in pixels of the {@code web} rendition of an image; default 1280
 * @param maxPixels the most pixels (width × height) an image may have before it is refused with
 *     422, so a tiny file cannot ask for gigabytes of decoded pixels; default 100,000,000
 * @param presignExpiry lifetime of the presigned GET URLs given for unpublished media; default 15 min
 * @param publicBaseUrl prefix of public media URLs, followed by the object key; default {@code /media/}
 *     (the site serves the {@code site} bucket's {@code media/} folder there)
 * @param keepGps keep an image's GPS position in its private metadata; default {@code false}. It is
 *     never in public metadata or in a rendition
 * @param inspectTimeout the longest the content of one file may take to be parsed and rendered;
 *     default 30 s
 * @param inspectWorkers files inspected at the same time (threads); an upload waits at most
 *     {@code inspectTimeout} for a free one before it is refused with 503; default 2
 * @param orphanGrace how old an unreferenced medium must be before the cleanup job deletes it;
 *     default 7 days
 * @param cleanupInterval pause between two runs of the cleanup job; default 1 h
 * @param uploadExpiry how long a resumable upload may stay open before it is aborted; default 24 h
 * @param storingTimeout how long a medium may stay {@code storing} (objects being written) before
 *     the cleanup job treats it as left by a crash; default 1 h
 * @param keyTimeZone the zone of the {@code yyyy/mm} in object keys; default {@code Asia/Ho_Chi_Minh}
 * @param spoolDirectory where uploads are spooled to disk; default the JVM's temporary directory
 */
@ConfigurationProperties("newsroom.media")
public record MediaProperties(
        @DefaultValue Limits maxSize,
        @DefaultValue AllowedTypes allowedTypes,
        @DefaultValue("320") int thumbnailWidth,
        @DefaultValue("1280") int webWidth,
        @DefaultValue("100000000") long maxPixels,
        @DefaultValue("15m") Duration presignExpiry,
        @DefaultValue("/media/") String publicBaseUrl,
        @DefaultValue("false") boolean keepGps,
        @DefaultValue("30s") Duration inspectTimeout,
        @DefaultValue("2") int inspectWorkers,
        @DefaultValue("7d") Duration orphanGrace,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("24h") Duration uploadExpiry,
        @DefaultValue("1h") Duration storingTimeout,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId keyTimeZone,
        @Nullable Path spoolDirectory) {

    /** @throws IllegalArgumentException for widths, workers or durations that are not positive */
    public MediaProperties {
        if (thumbnailWidth < 16 || webWidth < thumbnailWidth) {
            throw new IllegalArgumentException("newsroom.media: need 16 <= thumbnail-width <= web-width");
        }
        if (inspectWorkers < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("newsroom.media: inspect-workers and max-pixels must be positive");
        }
        for (Duration d : List.of(presignExpiry, inspectTimeout, cleanupInterval, uploadExpiry, storingTimeout)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("newsroom.media: durations must be positive: " + d);
            }
        }
        if (orphanGrace.isNegative()) {
            throw new IllegalArgumentException("newsroom.media.orphan-grace must not be negative");
        }
    }

    /** The size limit of {@code kind}, in bytes. */
    long maxBytes(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> maxSize.image().toBytes();
            case AUDIO -> maxSize.audio().toBytes();
            case VIDEO -> maxSize.video().toBytes();
        };
    }

    /** The largest limit of any kind: what an upload of a kind not yet known may reach. */
    long maxBytesOfAnyKind() {
        long max = 0;
        for (MediaKind kind : MediaKind.values()) {
            max = Math.max(max, maxBytes(kind));
        }
        return max;
    }

    /** The accepted content types of {@code kind}, lower-case. */
    List<String> allowed(MediaKind kind) {
        List<String> types = switch (kind) {
            case IMAGE -> allowedTypes.image();
            case AUDIO -> allowedTypes.audio();
            case VIDEO -> allowedTypes.video();
        };
        return types.stream().map(type -> type.trim().toLowerCase(Locale.ROOT)).toList();
    }

    Path spool() {
        return spoolDirectory != null ? spoolDirectory : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Size limits per kind.
     *
     * @param image default 50 MB
     * @param audio default 500 MB
     * @param video default 4 GB
     */
    public record Limits(@DefaultValue("50MB") DataSize image, @DefaultValue("500MB") DataSize audio,
            @DefaultValue("4GB") DataSize video) {
    }

    /**
     * Content types accepted per kind. The defaults are the types whose damage can be recognised
     * (a missing duration means a truncated MP3, MP4 or WAV) and whose images the JDK can decode.
     *
     * @param image default JPEG, PNG, GIF
     * @param audio default MP3, MP4 audio (M4A), WAV
     * @param video default MP4, QuickTime
     */
    public record AllowedTypes(
            @DefaultValue({"image/jpeg", "image/png", "image/gif"}) List<String> image,
            @DefaultValue({"audio/mpeg", "audio/mp4", "audio/vnd.wave", "audio/x-wav", "audio/wav"}) List<String> audio,
            @DefaultValue({"video/mp4", "video/quicktime", "video/x-m4v"}) List<String> video) {
    }
}
