package vn.haugiang.newsroom.publisher.channel.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * Makes the {@link SocialPost} of an item version for a channel: the stored or prepared text, the marker, the link
 * to the item's web page, and the featured medium of the media library.
 *
 * <ul>
 * <li>Facebook: a link post when the item has a web page (Facebook shows the page's Open Graph image); otherwise
 * the featured image ({@code /photos}) or video ({@code /videos}) by a presigned URL Facebook fetches, else text.</li>
 * <li>YouTube: the featured video, copied from the {@code media} bucket to a temporary file for the upload.</li>
 * <li>Zalo: the featured image as the article cover, by a presigned URL.</li>
 * </ul>
 * Presigned URLs point at the S3 endpoint configured for the apps ({@code newsroom.storage.endpoint}), so in
 * production that endpoint must be reachable from the platforms for photo and video posts.
 */
@Component
class SocialPosts {

    private final SocialSources sources;
    private final SocialTexts texts;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final SocialProperties properties;

    SocialPosts(SocialSources sources, SocialTexts texts, S3Client s3, S3Presigner presigner, StorageProperties storage,
            SocialProperties properties) {
        this.sources = sources;
        this.texts = texts;
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = storage.mediaBucket();
        this.properties = properties;
    }

    /**
     * @param version   the item version the post is of (its marker); the current text is used either way
     * @param withMedia {@code false} for a reconcile, which matches by marker only
     * @throws software.amazon.awssdk.core.exception.SdkException when the medium cannot be read from S3
     */
    Prepared prepare(SocialChannels.Channel channel, SocialSources.SocialItem item, long version, boolean withMedia) {
        @Nullable URI link = sources.webPage(item.id(), item.unitId()).orElse(null);
        SocialTexts.Variant text = texts.current(item, channel.id(), channel.kind(), link);
        @Nullable Path tempDir = null;
        SocialPost.@Nullable Media media = null;
        SocialSources.@Nullable StoredMedia stored = item.featuredMedia() == null ? null
                : sources.media(item.featuredMedia()).orElse(null);
        if (withMedia && stored != null) {
            boolean image = "image".equals(stored.kind());
            boolean video = "video".equals(stored.kind());
            if (channel.kind() == ChannelKind.YOUTUBE && video) {
                tempDir = tempDir();
                Path file = tempDir.resolve("video");
                try {
                    s3.getObject(b -> b.bucket(bucket).key(stored.storageKey()), ResponseTransformer.toFile(file));
                }
                catch (RuntimeException e) {
                    // The caller retries later; a partial copy left behind each time would fill the disk.
                    Prepared.delete(tempDir);
                    throw e;
                }
                media = SocialPost.Media.video(file, null, stored.contentType());
            } else if (channel.kind() == ChannelKind.ZALO && image
                    || channel.kind() == ChannelKind.FACEBOOK && link == null && image) {
                media = SocialPost.Media.photo(presign(stored.webKey() != null ? stored.webKey() : stored.storageKey()));
            } else if (channel.kind() == ChannelKind.FACEBOOK && link == null && video) {
                media = new SocialPost.Media(SocialPost.MediaKind.VIDEO, presign(stored.storageKey()), null,
                        stored.contentType());
            }
        }
        String itemId = item.id().toString();
        SocialPost post = new SocialPost(itemId, version, text.title(), text.text(), link, media, text.tags(),
                SocialPost.markerFor(itemId, version));
        return new Prepared(post, tempDir);
    }

    private URI presign(String key) {
        try {
            return presigner.presignGetObject(b -> b.signatureDuration(properties.mediaUrlExpiry())
                    .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("presigned URL is not a URI", e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("social-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post and the temporary file behind its media, removed on {@link #close()}. */
    record Prepared(SocialPost post, @Nullable Path tempDir) implements AutoCloseable {

        @Override
        public void close() {
            delete(tempDir);
        }

        static void delete(@Nullable Path tempDir) {
            if (tempDir == null) {
                return;
            }
            try (Stream<Path> paths = Files.walk(tempDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temp file is not worth failing a delivery that went out.
            }
        }
    }
}
