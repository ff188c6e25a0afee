package vn.haugiang.newsroom.publisher.job;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Sends each claimed delivery through the sender of its channel kind. A sender breaking its contract
 * by throwing is not allowed to stop the others: for a {@linkplain
 * vn.haugiang.newsroom.publisher.delivery.ChannelKind#repeatable() repeatable} kind the delivery fails
 * permanently with the exception as its reason (an operator may retry it), for any other it is
 * {@code unknown}, because the post may have gone out before the exception.
 *
 * <p>The claims of a chunk are taken together, before its first send; once half their lease has gone
 * by, each further send first renews this instance's running leases ({@link Deliveries#renewLeases}).
 * While a send runs, a heartbeat renews them every third of the lease, so a send longer than the lease
 * (a video upload) keeps its claim: another instance never takes its lease for expired and turns an
 * upload still in flight into {@code unknown}, which reconcile would not find and send again.
 */
class SendingProcessor implements ItemProcessor<ClaimedDelivery, SentDelivery> {

    private static final Logger log = LoggerFactory.getLogger(SendingProcessor.class);

    /** One daemon thread renews leases for every send in flight in this JVM; renewals are short updates. */
    private static final ScheduledExecutorService HEARTBEAT = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-lease-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final DeliverySenders senders;
    private final Deliveries deliveries;
    private final Duration lease;

    SendingProcessor(DeliverySenders senders, Deliveries deliveries, Duration lease) {
        this.senders = senders;
        this.deliveries = deliveries;
        this.lease = lease;
    }

    @Override
    public SentDelivery process(ClaimedDelivery delivery) {
        DeliverySender sender = senders.forKind(delivery.channelKind());
        if (sender == null) {
            // Not claimed in the first place (the reader claims the senders' kinds only); kept for safety.
            return new SentDelivery(delivery, new Outcome.Permanent("no sender for " + delivery.channelKind(), null));
        }
        // A chunk's claims all start when it is read; past half their lease, slow sends renew them.
        if (Duration.between(Instant.now(), delivery.claimedUntil()).compareTo(lease.dividedBy(2)) < 0) {
            deliveries.renewLeases(delivery.claimedBy(), lease);
        }
        long every = Math.max(1, lease.dividedBy(3).toMillis());
        ScheduledFuture<?> heartbeat = HEARTBEAT.scheduleAtFixedRate(() -> renew(delivery.claimedBy()), every, every,
                TimeUnit.MILLISECONDS);
        try {
            return new SentDelivery(delivery, sender.send(delivery));
        }
        catch (RuntimeException e) {
            log.error("Sender {} threw on delivery {}", sender.getClass().getSimpleName(), delivery.deliveryId(), e);
            String reason = "sender failed: " + e;
            return new SentDelivery(delivery, delivery.channelKind().repeatable()
                    ? new Outcome.Permanent(reason, null) : new Outcome.Unknown(reason));
        }
        finally {
            heartbeat.cancel(false);
        }
    }

    private void renew(String instance) {
        try {
            deliveries.renewLeases(instance, lease);
        }
        catch (RuntimeException e) {
            // The next beat tries again; a lease that really runs out is handled as any expired lease.
            log.warn("Could not renew the leases of {}: {}", instance, e.getMessage());
        }
    }
}
