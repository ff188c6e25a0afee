package vn.haugiang.newsroom.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.transaction.PlatformTransactionManager;

/** When {@link BatchRetentionAutoConfiguration} applies and when its daily cleanup is scheduled. */
class BatchRetentionScheduleTests {

    // Nothing here touches a database: the beans are only created.
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BatchRetentionAutoConfiguration.class))
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withBean(PlatformTransactionManager.class, ResourcelessTransactionManager::new);

    @Test
    void theCleanupRunsDailyAtTwentyToFourHoChiMinhTimeByDefault() {
        runner.withBean(JobRepository.class, ResourcelessJobRepository::new).run(context -> {
            assertThat(context).hasSingleBean(BatchRetention.class);
            assertThat(context.getBean(BatchRetentionProperties.class).retention()).hasDays(30);
            var tasks = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                    .filter(t -> t.getTask() instanceof CronTask).toList();
            assertThat(tasks).hasSize(1);
            CronTrigger trigger = (CronTrigger) ((CronTask) tasks.get(0).getTask()).getTrigger();
            // 2026-11-29 21:00 UTC is 04:00 on the 30th in Ho Chi Minh City (UTC+7): the next run is the 1st.
            Instant next = trigger.nextExecution(new SimpleTriggerContext(
                    Clock.fixed(Instant.parse("2026-11-29T21:00:00Z"), ZoneId.of("UTC"))));
            assertThat(next).isEqualTo(ZonedDateTime.of(2026, 12, 1, 3, 40, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant());
        });
    }

    @Test
    void thePropertyTurnsTheScheduleOffAndTheRetentionStaysCallable() {
        runner.withBean(JobRepository.class, ResourcelessJobRepository::new)
                .withPropertyValues("newsroom.batch.cleanup.enabled=false", "newsroom.batch.retention=P7D")
                .run(context -> {
                    assertThat(context).hasSingleBean(BatchRetention.class);
                    assertThat(context).doesNotHaveBean(ScheduledTaskHolder.class);
                    assertThat(context.getBean(BatchRetentionProperties.class).retention()).hasDays(7);
                });
    }

    @Test
    void anAppWithoutJobsHasNoRetention() {
        runner.run(context -> assertThat(context).doesNotHaveBean(BatchRetention.class));
    }
}
