package vn.haugiang.newsroom.publisher.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publish job, bound from {@code newsroom.publisher.job.*}.
 *
 * @param planningBatchSize outbox events read per planning transaction; default 500
 * @param safetyWindow      outbox ids below the stored position read again on every run, because ids
 *                          can commit out of order; default 500
 * @param chunkSize         deliveries claimed, sent and recorded per chunk (one claim, one commit of
 *                          the outcomes); default 50
 * @param lease             how long a claimed delivery is held; renewed while its chunk is sent, so it
 *                          must exceed the longest single send (timeouts included); after a crash, a
 *                          web delivery waits this long before it is due again; default 5 minutes
 * @param retryDelay        how long a delivery whose upload failed waits before it is tried again;
 *                          default 1 minute
 * @param instanceId        this instance's id in delivery claims, unique among running instances;
 *                          default (blank) is host name and process id
 * @param schedule          the periodic run
 */
@ConfigurationProperties("newsroom.publisher.job")
record PublishingProperties(
        @DefaultValue("500") int planningBatchSize,
        @DefaultValue("500") int safetyWindow,
        @DefaultValue("50") int chunkSize,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("PT1M") Duration retryDelay,
        @DefaultValue("") String instanceId,
        @DefaultValue Schedule schedule) {

    PublishingProperties {
        if (planningBatchSize < 1 || safetyWindow < 0 || chunkSize < 1) {
            throw new IllegalArgumentException("planningBatchSize and chunkSize must be ≥ 1, safetyWindow ≥ 0");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be > 0, got " + lease);
        }
    }

    /** The configured instance id, or {@code <host>-<pid>}. */
    String instanceIdOrDefault() {
        if (!instanceId.isBlank()) {
            return instanceId;
        }
        String host = System.getenv().getOrDefault("HOSTNAME", "publisher");
        return host + "-" + ProcessHandle.current().pid();
    }

    /**
     * The periodic run ({@code newsroom.publisher.job.schedule.*}).
     *
     * @param enabled whether the job runs on its own; default {@code true} ({@code false} in tests)
     * @param delay   time from the end of one run to the start of the next; default 1 minute
     */
    record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration delay) {
    }
}
