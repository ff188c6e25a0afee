package vn.haugiang.newsroom.indexer.indexing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The full rebuild job {@value #JOB}: copies every item from PostgreSQL (ordered by id) into a new
 * index {@code content-v1-<UTC timestamp>}, points the alias at it in one {@code _aliases} request,
 * then deletes the old index. Searches go through the alias, which always names one complete
 * index, so none fails during a rebuild. No {@code _reindex} (absent from our server).
 *
 * <p>Changes committed while the copy runs may be missing from the new index; so the swap step
 * rewinds the {@link OutboxPosition} to the outbox's last id at the start of the rebuild, and the
 * next incremental run writes them again (external versioning makes that idempotent). A restart
 * of a failed rebuild continues the copy where its cursor stopped (saved in the step's
 * ExecutionContext) into the same new index.
 */
@Configuration(proxyBeanMethods = false)
class ContentRebuildJobConfiguration {

    static final String JOB = "contentRebuildJob";
    static final String TARGET = "content.rebuild.target";
    static final String OUTBOX_MARK = "content.rebuild.outboxMark";

    @Bean
    Job contentRebuildJob(JobRepository jobRepository, Step contentRebuildPrepareStep, Step contentRebuildCopyStep,
            Step contentRebuildSwapStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(contentRebuildPrepareStep)
                .next(contentRebuildCopyStep)
                .next(contentRebuildSwapStep)
                .build();
    }

    /** Notes the outbox's last id, then creates the new, empty index. */
    @Bean
    Step contentRebuildPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin contentIndexAdmin, JdbcClient jdbc) {
        return new StepBuilder("contentRebuildPrepareStep", jobRepository)
                .tasklet((contribution, context) -> {
                    ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    if (!job.containsKey(TARGET)) {
                        contentIndexAdmin.ensureIndexes();
                        job.putLong(OUTBOX_MARK, jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_event")
                                .query(Long.class).single());
                        job.putString(TARGET, contentIndexAdmin.createRebuildIndex());
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step contentRebuildCopyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<ContentDocument> contentRebuildReader,
            ItemWriter<ContentDocument> contentRebuildWriter, ContentIndexProperties properties) {
        return new StepBuilder("contentRebuildCopyStep", jobRepository)
                .<ContentDocument, ContentDocument>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(contentRebuildReader)
                .writer(contentRebuildWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ContentDocument> contentRebuildReader(DataSource dataSource,
            ContentIndexProperties properties) {
        return new JdbcCursorItemReaderBuilder<ContentDocument>()
                .name("contentRebuildReader")
                .dataSource(dataSource)
                .sql(ItemRows.SELECT + " ORDER BY i.id")
                .fetchSize(properties.chunkSize())
                .rowMapper(ItemRows.MAPPER)
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<ContentDocument> contentRebuildWriter(ContentBulkWriter writer,
            @Value("#{jobExecutionContext['" + TARGET + "']}") String target) {
        return chunk -> writer.write(target, List.copyOf(chunk.getItems()));
    }

    /** Refreshes the new index, swaps the alias, rewinds the outbox position, and deletes the old index after a grace period. */
    @Bean
    Step contentRebuildSwapStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin contentIndexAdmin, OutboxPosition contentOutboxPosition, ContentIndexProperties properties) {
        return new StepBuilder("contentRebuildSwapStep", jobRepository)
                .tasklet((contribution, context) -> {
                    ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    String target = job.getString(TARGET);
                    contentIndexAdmin.refresh(target);
                    Set<String> old = new HashSet<>(contentIndexAdmin.swapAlias(target));
                    old.remove(target);
                    contentOutboxPosition.rewindTo(job.getLong(OUTBOX_MARK));
                    Thread.sleep(properties.oldIndexGrace().toMillis());
                    contentIndexAdmin.delete(old);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
