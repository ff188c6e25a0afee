package vn.haugiang.newsroom.batch;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BatchRetention} for every app with a Spring Batch {@link JobRepository} (the publisher and the
 * indexer; not cms-api), and its daily run at {@code newsroom.batch.cleanup.cron}, Asia/Ho_Chi_Minh, while
 * {@code newsroom.batch.cleanup.enabled} is true (the default).
 */
@AutoConfiguration(afterName = "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration")
@ConditionalOnClass(JobRepository.class)
@ConditionalOnBean(JobRepository.class)
@EnableConfigurationProperties(BatchRetentionProperties.class)
public class BatchRetentionAutoConfiguration {

    /** The newsroom's local days and times. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    BatchRetention batchRetention(JdbcClient jdbc, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, BatchRetentionProperties properties) {
        return new BatchRetention(jdbc, jobRepository, new TransactionTemplate(transactionManager), properties);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "newsroom.batch.cleanup.enabled", matchIfMissing = true)
    static class Schedule implements SchedulingConfigurer {

        private static final Logger log = LoggerFactory.getLogger(Schedule.class);

        private final BatchRetention retention;
        private final BatchRetentionProperties properties;

        Schedule(BatchRetention retention, BatchRetentionProperties properties) {
            this.retention = retention;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addCronTask(new CronTask(this::purge, new CronTrigger(properties.cleanup().cron(), ZONE)));
        }

        private void purge() {
            try {
                retention.purge();
            }
            catch (RuntimeException e) {
                // Tomorrow's run deletes what is left; a failed cleanup never stops the app.
                log.error("Spring Batch metadata cleanup failed", e);
            }
        }
    }
}
