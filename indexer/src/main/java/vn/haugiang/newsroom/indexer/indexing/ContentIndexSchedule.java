package vn.haugiang.newsroom.indexer.indexing;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the incremental content job, then the incremental publications job, every {@code newsroom.indexer.content.schedule-interval} after the
 * previous run ended, unless {@code newsroom.indexer.content.schedule-enabled} is false.
 * A failed run is logged with its exceptions and retried at the next interval.
 */
@Component
@ConditionalOnProperty(name = "newsroom.indexer.content.schedule-enabled", havingValue = "true", matchIfMissing = true)
class ContentIndexSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentIndexSchedule.class);

    private final ContentIndexing indexing;
    private final PublicationIndexing publications;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    ContentIndexSchedule(ContentIndexing indexing, PublicationIndexing publications, ContentIndexProperties properties) {
        this.indexing = indexing;
        this.publications = publications;
        this.interval = properties.scheduleInterval();
        scheduler.setThreadNamePrefix("content-index-");
        // let a running job finish its chunk rather than interrupt it mid-write
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(60);
    }

    @Override
    public void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runOnce, interval);
        running = true;
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void runOnce() {
        run("content", indexing::indexChanges);
        run("publications", publications::indexChanges);
    }

    private static void run(String name, Supplier<JobExecution> job) {
        try {
            var execution = job.get();
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                log.error("{} index run {} ended {}: {}", name, execution.getId(), execution.getStatus(),
                        execution.getAllFailureExceptions());
            }
        } catch (RuntimeException e) {
            log.error("{} index run could not start", name, e);
        }
    }
}
