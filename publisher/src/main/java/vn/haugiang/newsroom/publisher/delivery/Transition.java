package vn.haugiang.newsroom.publisher.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The row change an {@link Outcome} makes to an {@code in_progress} delivery. */
record Transition(DeliveryState to, @Nullable Instant dueAt, @Nullable String externalId,
        @Nullable String externalUrl, @Nullable Integer httpStatus, @Nullable String error) {

    // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed type.
    static Transition of(Outcome outcome) {
        if (outcome instanceof Outcome.Delivered d) {
            return new Transition(DeliveryState.DELIVERED, null, d.externalId(), d.url(), d.httpStatus(), null);
        }
        if (outcome instanceof Outcome.RetryLater r) {
            return new Transition(DeliveryState.FAILED_RETRYABLE, r.at(), null, null, r.httpStatus(), r.reason());
        }
        if (outcome instanceof Outcome.Unknown u) {
            return new Transition(DeliveryState.UNKNOWN, null, null, null, null, u.reason());
        }
        if (outcome instanceof Outcome.Permanent p) {
            return new Transition(DeliveryState.FAILED_PERMANENT, null, null, null, p.httpStatus(), p.reason());
        }
        if (outcome instanceof Outcome.ChannelNeedsReauthorisation c) {
            // Nothing was sent: the delivery waits as pending, behind its channel's status.
            return new Transition(DeliveryState.PENDING, null, null, null, null, c.reason());
        }
        throw new IllegalArgumentException("Unhandled outcome " + outcome.getClass().getName());
    }
}
