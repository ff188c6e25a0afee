package vn.haugiang.newsroom.publisher.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the publish job on its own, {@code newsroom.publisher.job.schedule.delay} after the end of the
 * previous run (so runs of one instance never pile up), while
 * {@code newsroom.publisher.job.schedule.enabled} is true (the default; the tests turn it off).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "newsroom.publisher.job.schedule.enabled", matchIfMissing = true)
class PublishSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PublishSchedule.class);

    private final PublishRuns runs;
    private final PublishingProperties properties;

    PublishSchedule(PublishRuns runs, PublishingProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::runOnce, properties.schedule().delay());
    }

    private void runOnce() {
        try {
            runs.run();
        }
        catch (RuntimeException e) {
            // The next run starts after the delay anyway; a run that could not start is logged, not fatal.
            log.error("Scheduled publish run could not start", e);
        }
    }
}
