package vn.haugiang.newsroom.cms.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Decides what becomes of a delivery after an attempt: delivered, retried after exponential
 * backoff (or the receiver's {@code Retry-After}), or failed.
 *
 * @param initialBackoff wait after the 1st attempt
 * @param factor growth of the wait per further attempt
 * @param maxBackoff the longest wait, also the cap on {@code Retry-After}
 * @param maxAttempts attempts in all before giving up
 */
record RetryPolicy(Duration initialBackoff, double factor, Duration maxBackoff, int maxAttempts) {

    static RetryPolicy of(WebhookProperties properties) {
        return new RetryPolicy(properties.initialBackoff(), properties.backoffFactor(), properties.maxBackoff(),
                properties.maxAttempts());
    }

    /**
     * @param attemptsMade attempts so far, the one that just ended included (1, 2, ...)
     */
    Decision decide(int attemptsMade, SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Delivered) {
            return new Decision(Decision.DELIVERED, null, null);
        }
        if (outcome instanceof SendOutcome.Rejected rejected) {
            return new Decision(Decision.FAILED, null, rejected.error());
        }
        var retryable = (SendOutcome.Retryable) outcome;
        if (attemptsMade >= maxAttempts) {
            return new Decision(Decision.FAILED, null,
                    retryable.error() + " (gave up after " + attemptsMade + " attempts)");
        }
        Duration wait = retryable.retryAfter() == null ? backoff(attemptsMade) : capped(retryable.retryAfter());
        return new Decision(Decision.PENDING, wait, retryable.error());
    }

    /** The wait after attempt {@code attemptsMade}: initial × factor^(attemptsMade − 1), at most the maximum. */
    Duration backoff(int attemptsMade) {
        double millis = initialBackoff.toMillis() * Math.pow(factor, attemptsMade - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    // A receiver may not push its retries beyond our own longest wait, nor ask for a negative one.
    private Duration capped(Duration retryAfter) {
        if (retryAfter.isNegative()) {
            return Duration.ZERO;
        }
        return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    }

    /**
     * @param state the delivery's next state: {@code pending}, {@code delivered} or {@code failed}
     * @param retryIn how long until the next attempt, when pending
     * @param error why the attempt did not deliver, null when it did
     */
    record Decision(String state, @Nullable Duration retryIn, @Nullable String error) {

        static final String PENDING = "pending";
        static final String DELIVERED = "delivered";
        static final String FAILED = "failed";
    }
}
