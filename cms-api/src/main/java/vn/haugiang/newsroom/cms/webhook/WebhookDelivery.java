package vn.haugiang.newsroom.cms.webhook;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event for one subscription and how sending it went, as
 * {@code GET /api/webhooks/{id}/deliveries} shows it. Times are UTC instants.
 *
 * @param id the delivery id, sent as {@code X-Newsroom-Delivery} and {@code id} on every attempt
 * @param outboxEventId the outbox row it came from
 * @param event the event name, e.g. {@code ItemPublished}
 * @param itemId the item that changed
 * @param itemVersion the item's version after the change
 * @param state {@code pending} (to be sent or retried), {@code delivered} (a 2xx answer) or
 *     {@code failed} (a non-retryable answer, the last attempt used up, or the subscription deleted)
 * @param attempts sends started so far
 * @param nextAttemptAt when the next send is due, while pending
 * @param lastAttemptAt when the last send started
 * @param lastStatus the HTTP status of the last answer; absent when there was none (network error)
 * @param lastError why the last attempt did not deliver
 * @param createdAt when the delivery was created from the outbox
 * @param deliveredAt when a 2xx answer was recorded
 */
public record WebhookDelivery(UUID id, long outboxEventId, String event, String itemId, long itemVersion,
        String state, int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt,
        @Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {
}
