package vn.haugiang.newsroom.publisher.job;

import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.haugiang.newsroom.publisher.channel.web.RenderedPage;
import vn.haugiang.newsroom.publisher.channel.web.WebOutputException;
import vn.haugiang.newsroom.publisher.channel.web.WebRenderer;
import vn.haugiang.newsroom.publisher.channel.web.WebSite;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * Sends due web deliveries: renders the item's article page for the channel's site and puts it into
 * the {@code site} bucket at {@code <channel-id>/<page path>}; the publish job records the outcome.
 *
 * <ul>
 * <li>The claimed version is no longer the item's current one, or the item is no longer published or
 * corrected: {@code Permanent("superseded …")}; the planner has already planned what replaces it.</li>
 * <li>The row cannot be rendered (it breaks an article invariant): {@code Permanent}.</li>
 * <li>The upload failed: {@code RetryLater}. A page upload is a single PutObject of the whole page
 * (atomic per object) to a fixed key, so repeating it is harmless and {@code Unknown} is never
 * needed.</li>
 * </ul>
 */
@Service
public class WebPublishing implements DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(WebPublishing.class);

    private final WebSources sources;
    private final WebRenderer renderer;
    private final S3Client s3;
    private final String bucket;
    private final TransactionTemplate transaction;
    private final PublishingProperties properties;

    WebPublishing(WebSources sources, WebRenderer renderer, S3Client s3,
            StorageProperties storage, PlatformTransactionManager transactionManager, PublishingProperties properties) {
        this.sources = sources;
        this.renderer = renderer;
        this.s3 = s3;
        this.bucket = storage.siteBucket();
        // Its own transaction, committed before the job records the outcome: the item's share lock
        // lasts the render and upload only, and an upload error never spoils the chunk's transaction.
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.WEB);
    }

    @Override
    public Outcome send(ClaimedDelivery delivery) {
        WebSite site = sources.site(delivery.channelId());
        try {
            Outcome outcome = transaction.execute(status -> renderAndPut(delivery, site));
            return outcome == null ? new Outcome.Permanent("no outcome", null) : outcome;
        }
        catch (S3Exception e) {
            log.warn("Upload of delivery {} failed: {}", delivery.deliveryId(), e.getMessage());
            return new Outcome.RetryLater(Instant.now().plus(properties.retryDelay()), "upload failed: " + e.getMessage(),
                    e.statusCode());
        }
        catch (SdkException e) {
            log.warn("Upload of delivery {} failed: {}", delivery.deliveryId(), e.getMessage());
            return new Outcome.RetryLater(Instant.now().plus(properties.retryDelay()), "upload failed: " + e.getMessage(),
                    null);
        }
        catch (WebOutputException e) {
            return new Outcome.Permanent("cannot render: " + e.getMessage(), null);
        }
    }

    /** Runs in a transaction that share-locks the item row until the page is uploaded. */
    private Outcome renderAndPut(ClaimedDelivery delivery, WebSite site) {
        WebSources.CurrentItem item = sources.lockItem(delivery.itemId()).orElse(null);
        if (item == null) {
            return new Outcome.Permanent("superseded: item " + delivery.itemId() + " no longer exists", null);
        }
        if (item.version() != delivery.itemVersion()) {
            return new Outcome.Permanent("superseded: item is at version " + item.version(), null);
        }
        if (!item.state().isLive()) {
            return new Outcome.Permanent("superseded: item is " + item.state().code(), null);
        }
        if (item.article() == null) {
            return new Outcome.Permanent("cannot render: " + item.invalidReason(), null);
        }
        RenderedPage page = renderer.article(site, item.article());
        String key = delivery.channelId() + "/" + page.path();
        PutObjectResponse response = s3.putObject(
                PutObjectRequest.builder().bucket(bucket).key(key).contentType(page.contentType()).build(),
                RequestBody.fromBytes(page.bytes()));
        return new Outcome.Delivered(key, site.url(page.path()).toString(), response.sdkHttpResponse().statusCode());
    }
}
