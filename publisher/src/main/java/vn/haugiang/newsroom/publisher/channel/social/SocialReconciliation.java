package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles {@code unknown} social deliveries (a create call that timed out or answered 5xx, or a lease that ran out)
 * by looking before anything is sent again: the channel's recent posts are read
 * ({@link SocialChannelClient#reconcile}) and the post is found by its marker. For a correction whose earlier post
 * it may have edited ({@link EarlierPosts}), that post is read first ({@link SocialChannelClient#find}): an old post
 * edited is not among the recent ones.
 *
 * <ul>
 * <li>Found: {@code delivered}, with the post's id and URL.</li>
 * <li>Not found, and unknown for longer than {@code newsroom.social.reconcile-grace}: {@code failed_retryable}, due
 * now, so the next publish run sends it once more.</li>
 * <li>Not found within the grace period, or the recent posts could not be read, or the channel has no usable
 * credentials: stays {@code unknown} for the next reconcile.</li>
 * </ul>
 * Only deliveries on {@code active} channels are looked at. Each delivery is row-locked ({@code SKIP LOCKED}) while
 * its channel is read, so concurrent instances never decide the same one.
 */
@Service
public class SocialReconciliation {

    private static final Logger log = LoggerFactory.getLogger(SocialReconciliation.class);

    private final UnknownDeliveries unknown;
    private final SocialSources sources;
    private final SocialChannels channels;
    private final SocialPublishing publishing;
    private final SocialPosts posts;
    private final EarlierPosts earlierPosts;
    private final SocialProperties properties;
    private final TransactionTemplate transaction;

    SocialReconciliation(UnknownDeliveries unknown, SocialSources sources, SocialChannels channels,
            SocialPublishing publishing, SocialPosts posts, EarlierPosts earlierPosts, SocialProperties properties,
            PlatformTransactionManager transactionManager) {
        this.earlierPosts = earlierPosts;
        this.unknown = unknown;
        this.sources = sources;
        this.channels = channels;
        this.publishing = publishing;
        this.posts = posts;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Reconciles up to {@code limit} unknown social deliveries, longest unknown first. Call it in every publish run
     * before claiming due deliveries.
     *
     * @param instanceId this publisher instance, logged with each change
     * @param limit      at most this many, ≥ 1
     * @return how many were found, set to be sent again, left waiting, and could not be checked
     */
    public Reconciled reconcile(String instanceId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be ≥ 1, got " + limit);
        }
        int[] counts = new int[4];
        for (UUID id : unknown.candidates(limit)) {
            Verdict verdict = transaction.execute(status -> unknown.lock(id).map(d -> decide(d, instanceId))
                    .orElse(Verdict.WAITING));
            counts[verdict == null ? Verdict.WAITING.ordinal() : verdict.ordinal()]++;
        }
        return new Reconciled(counts[0], counts[1], counts[2], counts[3]);
    }

    private Verdict decide(UnknownDeliveries.Unknown d, String instanceId) {
        SocialChannels.Channel channel = channels.find(d.channelId()).orElseThrow();
        SocialSources.SocialItem item = sources.item(d.itemId()).orElse(null);
        if (item == null) {
            return Verdict.UNCHECKED;
        }
        SocialPublishing.Ready ready = publishing.ready(channel);
        if (ready.client() == null) {
            log.warn("Delivery {} stays unknown: {}", d.id(), ready.problem());
            return Verdict.UNCHECKED;
        }
        SocialPost post = posts.prepare(channel, item, d.itemVersion(), false).post();
        SocialChannelClient client = Objects.requireNonNull(ready.client());
        Optional<EarlierPosts.EarlierPost> earlier = earlierPosts.of(d.itemId(), channel.id(), d.itemVersion());
        Optional<PostResult.Delivered> found;
        try {
            found = earlier.isPresent() ? client.find(earlier.get().externalId(), post) : Optional.empty();
            if (found.isEmpty()) {
                found = client.reconcile(post, d.firstAttempt());
            }
        } catch (ReconcileException e) {
            log.warn("Delivery {} stays unknown: {}", d.id(), e.getMessage());
            return Verdict.UNCHECKED;
        }
        if (found.isPresent()) {
            PostResult.Delivered p = found.get();
            unknown.found(d, instanceId, p.externalId(), p.url() == null ? null : p.url().toString());
            log.info("Delivery {} was posted after all, as {}", d.id(), p.externalId());
            return Verdict.FOUND;
        }
        if (d.since().plus(properties.reconcileGrace()).isBefore(Instant.now())) {
            unknown.sendAgain(d, instanceId, "not among the recent posts of " + channel.id() + " (marker "
                    + post.marker() + ") " + properties.reconcileGrace() + " after its outcome became unknown; "
                    + "sending once more");
            return Verdict.SEND_AGAIN;
        }
        return Verdict.WAITING;
    }

    private enum Verdict { FOUND, SEND_AGAIN, WAITING, UNCHECKED }

    /**
     * What one {@link #reconcile} did.
     *
     * @param found     posts found: now {@code delivered}
     * @param sendAgain not found after the grace period: now {@code failed_retryable}, due
     * @param waiting   not found yet, within the grace period (or taken by another instance): still {@code unknown}
     * @param unchecked the channel could not be read or has no usable credentials: still {@code unknown}
     */
    public record Reconciled(int found, int sendAgain, int waiting, int unchecked) {
    }
}
