package vn.haugiang.newsroom.cms.webhook;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One dispatch round, run by the scheduler every {@code newsroom.webhooks.poll-interval}: create
 * the deliveries of new outbox events, then send what is due, one delivery at a time, and record
 * each attempt. Every cms-api instance runs rounds; the database keeps them from doing the same
 * work (see {@link OutboxFanOut} and {@link Deliveries}).
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final OutboxFanOut fanOut;
    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final RetryPolicy retries;
    private final WebhookProperties properties;

    WebhookDispatcher(OutboxFanOut fanOut, Deliveries deliveries, WebhookSender sender, WebhookProperties properties) {
        this.fanOut = fanOut;
        this.deliveries = deliveries;
        this.sender = sender;
        this.retries = RetryPolicy.of(properties);
        this.properties = properties;
    }

    void round() {
        fanOut.fanOut(properties.safetyWindow())
                .filter(created -> created > 0)
                .ifPresent(created -> log.debug("Created {} webhook deliveries", created));
        for (int sent = 0; sent < properties.maxSendsPerRound() && !Thread.currentThread().isInterrupted(); sent++) {
            Optional<Deliveries.Claimed> next = deliveries.claimNext(properties.lease());
            if (next.isEmpty()) {
                return;
            }
            attempt(next.get());
        }
    }

    private void attempt(Deliveries.Claimed delivery) {
        SendOutcome outcome = sender.send(delivery);
        RetryPolicy.Decision decision = retries.decide(delivery.attempt(), outcome);
        if (!deliveries.record(delivery, outcome.status(), decision)) {
            log.info("Webhook delivery {} attempt {} finished after it was deleted or re-claimed; outcome {} not recorded",
                    delivery.id(), delivery.attempt(), outcome);
            return;
        }
        switch (decision.state()) {
            case RetryPolicy.Decision.DELIVERED -> log.debug("Webhook delivery {} ({}) delivered to {} at attempt {}",
                    delivery.id(), delivery.eventType(), delivery.url(), delivery.attempt());
            case RetryPolicy.Decision.PENDING -> log.info("Webhook delivery {} to {} attempt {} failed ({}); next in {}",
                    delivery.id(), delivery.url(), delivery.attempt(), decision.error(), decision.retryIn());
            default -> log.warn("Webhook delivery {} to {} failed for good at attempt {}: {}",
                    delivery.id(), delivery.url(), delivery.attempt(), decision.error());
        }
    }
}
