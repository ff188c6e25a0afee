package vn.haugiang.newsroom.publisher.channel.broadcast;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Publishes the broadcast schedules of the default window on its own,
 * {@code newsroom.publisher.broadcast.schedule.delay} ({@link BroadcastProperties.Schedule}, default 5 minutes)
 * after the end of the previous run, while {@code newsroom.publisher.broadcast.schedule.enabled} is true (the
 * default; tests turn it off). Unchanged channel-days cost one fingerprint query each, so a short delay is
 * cheap; the live page ("on air now") is only as fresh as this delay.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "newsroom.publisher.broadcast.schedule.enabled", matchIfMissing = true)
class BroadcastSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BroadcastSchedule.class);

    private final BroadcastPublishing publishing;
    private final BroadcastProperties properties;

    BroadcastSchedule(BroadcastPublishing publishing, BroadcastProperties properties) {
        this.publishing = publishing;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::runOnce, properties.schedule().delay());
    }

    private void runOnce() {
        try {
            publishing.run(null, null, null);
        }
        catch (RuntimeException e) {
            log.error("Scheduled broadcast schedule run failed", e);
        }
    }
}
