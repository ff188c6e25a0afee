package vn.haugiang.newsroom.cms.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** What one POST to a receiver came to. */
sealed interface SendOutcome {

    /** The HTTP status answered, or null when there was no answer (network error, timeout). */
    @Nullable Integer status();

    /** A 2xx answer. */
    record Delivered(Integer status) implements SendOutcome {
    }

    /**
     * Worth trying again: no answer, 429 or 5xx.
     *
     * @param retryAfter the receiver's {@code Retry-After} (429, 503), if it gave a valid one
     */
    record Retryable(@Nullable Integer status, String error, @Nullable Duration retryAfter) implements SendOutcome {
    }

    /** An answer that trying again will not change: other 4xx, 3xx (redirects are not followed), 1xx. */
    record Rejected(@Nullable Integer status, String error) implements SendOutcome {
    }
}
