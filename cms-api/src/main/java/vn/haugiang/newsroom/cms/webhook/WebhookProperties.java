package vn.haugiang.newsroom.cms.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of webhook dispatch ({@code newsroom.webhooks.*}). Durations take Spring's forms
 * ({@code 500ms}, {@code 10s}, {@code 1h}, ISO 8601 {@code PT10S}).
 *
 * @param pollInterval pause between the end of one dispatch round and the start of the next
 *     (each round reads new outbox rows, then sends due deliveries); default 2 s
 * @param connectTimeout the longest wait for a receiver's TCP/TLS connection; default 5 s
 * @param readTimeout the longest wait for a receiver's response headers after sending; default 10 s
 * @param initialBackoff wait before the 2nd attempt; the n-th retry waits
 *     {@code initialBackoff × backoffFactor^(n-1)}, at most {@code maxBackoff}; default 10 s
 * @param backoffFactor growth of the wait from one retry to the next, at least 1; default 2
 * @param maxBackoff the longest wait between two attempts, also the cap on a receiver's
 *     {@code Retry-After}; default 1 h
 * @param maxAttempts attempts in all (the first included) before a delivery is {@code failed};
 *     default 8 (with the other defaults, the last attempt comes about 21 minutes after the first)
 * @param safetyWindow how long an outbox row is re-read before the read position may pass it, so
 *     that a row whose transaction committed after a newer one is still seen (see
 *     {@code OutboxFanOut}); longer than any outbox-writing commit takes; default 5 min
 * @param maxSendsPerRound the most deliveries one instance sends in one round, so a backlog does
 *     not keep the scheduler thread from reading the outbox; default 100
 */
@ConfigurationProperties("newsroom.webhooks")
public record WebhookProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("2") double backoffFactor,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5m") Duration safetyWindow,
        @DefaultValue("100") int maxSendsPerRound) {

    /** @throws IllegalArgumentException for a duration that is not positive, a factor below 1 or fewer than 1 attempt */
    public WebhookProperties {
        requirePositive("poll-interval", pollInterval);
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("read-timeout", readTimeout);
        requirePositive("initial-backoff", initialBackoff);
        requirePositive("max-backoff", maxBackoff);
        requirePositive("safety-window", safetyWindow);
        if (backoffFactor < 1) {
            throw new IllegalArgumentException("newsroom.webhooks.backoff-factor must be at least 1: " + backoffFactor);
        }
        if (maxAttempts < 1 || maxSendsPerRound < 1) {
            throw new IllegalArgumentException("newsroom.webhooks.max-attempts and max-sends-per-round must be at least 1");
        }
    }

    /**
     * How long a claimed delivery stays invisible to other instances while this one sends it: the
     * longest a send can take, plus a margin. An instance that dies mid-send leaves the attempt to
     * be retried when the lease ends.
     */
    Duration lease() {
        return connectTimeout.plus(readTimeout).plusSeconds(30);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("newsroom.webhooks." + name + " must be positive: " + value);
        }
    }
}
