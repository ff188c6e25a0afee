package vn.haugiang.newsroom.publisher.delivery;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What happened when a channel tried a claimed delivery; {@link Deliveries#record} turns it into the
 * delivery's next state. HTTP statuses are {@code null} where no response was received.
 */
public sealed interface Outcome {

    /** The channel accepted it: → {@code delivered}, with the id and URL the channel gave it. */
    record Delivered(@Nullable String externalId, @Nullable String url, @Nullable Integer httpStatus)
            implements Outcome {
    }

    /**
     * Nothing was sent (rate limit, quota, a 503 before any write) and it may be tried again at
     * {@code at} (UTC, e.g. from the API's {@code Retry-After}): → {@code failed_retryable}.
     */
    record RetryLater(Instant at, String reason, @Nullable Integer httpStatus) implements Outcome {
        public RetryLater {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * It may or may not have been sent (a timeout or 5xx after the request went out): →
     * {@code unknown}, never claimed again; a reconcile step looks for the post first.
     */
    record Unknown(String reason) implements Outcome {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Refused for good (a 4xx other than auth and rate limits, invalid content): → {@code failed_permanent}. */
    record Permanent(String reason, @Nullable Integer httpStatus) implements Outcome {
        public Permanent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The channel's token is expired or invalid (Graph code 190 and the like), so nothing was sent:
     * the delivery goes back to {@code pending} and the channel to {@code needs_reauthorisation}; its
     * deliveries wait until someone re-authorises it.
     */
    record ChannelNeedsReauthorisation(String reason) implements Outcome {
        public ChannelNeedsReauthorisation {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
