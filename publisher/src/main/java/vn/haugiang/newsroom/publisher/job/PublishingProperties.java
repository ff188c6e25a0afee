package vn.haugiang.newsroom.publisher.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publish run, bound from {@code newsroom.publisher.job.*}.
 *
 * @param planningBatchSize outbox events read per planning transaction; default 500
 * @param safetyWindow      outbox ids below the stored position read again on every run, because ids
 *                          can commit out of order; default 500
 * @param claimLimit        deliveries claimed per on-demand run; default 50
 * @param lease             how long a claimed delivery is held; must exceed the longest render and
 *                          upload; default 2 minutes
 * @param retryDelay        how long a delivery whose upload failed waits before it is tried again;
 *                          default 1 minute
 * @param instanceId        this instance's id in delivery claims; default (blank) is host name and
 *                          process id
 */
@ConfigurationProperties("newsroom.publisher.job")
record PublishingProperties(
        @DefaultValue("500") int planningBatchSize,
        @DefaultValue("500") int safetyWindow,
        @DefaultValue("50") int claimLimit,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT1M") Duration retryDelay,
        @DefaultValue("") String instanceId) {

    PublishingProperties {
        if (planningBatchSize < 1 || safetyWindow < 0 || claimLimit < 1) {
            throw new IllegalArgumentException("planningBatchSize and claimLimit must be ≥ 1, safetyWindow ≥ 0");
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
}
