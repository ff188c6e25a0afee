package vn.haugiang.newsroom.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Spring Batch's metadata is kept ({@link BatchRetention}), bound from {@code newsroom.batch.*}.
 *
 * @param retention how long after it ended a finished job instance is kept, ISO-8601; default
 *                  {@code P30D}
 * @param cleanup   when the cleanup runs, and how much it deletes per transaction
 */
@ConfigurationProperties("newsroom.batch")
public record BatchRetentionProperties(@DefaultValue("P30D") Duration retention, @DefaultValue Cleanup cleanup) {

    public BatchRetentionProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("newsroom.batch.retention must be positive, got " + retention);
        }
    }

    /**
     * @param enabled   whether the daily cleanup runs; default {@code true} (the tests turn it off)
     * @param cron      when it runs, a Spring cron expression (second minute hour day month weekday) in
     *                  Asia/Ho_Chi_Minh; default {@code 0 40 3 * * *}, 03:40 local time, when no one publishes
     * @param batchSize job instances deleted per transaction, ≥ 1; default 200
     */
    public record Cleanup(@DefaultValue("true") boolean enabled, @DefaultValue("0 40 3 * * *") String cron,
            @DefaultValue("200") int batchSize) {

        public Cleanup {
            if (batchSize < 1) {
                throw new IllegalArgumentException("newsroom.batch.cleanup.batch-size must be ≥ 1, got " + batchSize);
            }
        }
    }
}
