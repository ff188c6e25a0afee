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
 * The full rebuild job {@value #JOB}: copies the whole {@code publication} view (ordered by id)
 * into a new index {@code publications-v1-<UTC timestamp>}, points the alias at it in one
 * {@code _aliases} request, then deletes the old index, like {@link ContentRebuildJobConfiguration}.
 *
 * <p>The prepare step notes where each feed stood (last outbox id, last delivery-event id, the
 * database's clock); the swap step sets the three {@link PublicationPositions} to those marks, so
 * the next incremental run writes into the new index whatever changed while the copy ran.
 */
@Configuration(proxyBeanMethods = false)
class PublicationRebuildJobConfiguration {

    static final String JOB = "publicationRebuildJob";
    static final String TARGET = "publications.rebuild.target";
    static final String OUTBOX_MARK = "publications.rebuild.outboxMark";
    static final String DELIVERY_MARK = "publications.rebuild.deliveryEventMark";
    static final String TIME_MARK = "publications.rebuild.timeMark";

    @Bean
    Job publicationRebuildJob(JobRepository jobRepository, Step publicationRebuildPrepareStep,
            Step publicationRebuildCopyStep, Step publicationRebuildSwapStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(publicationRebuildPrepareStep)
                .next(publicationRebuildCopyStep)
                .next(publicationRebuildSwapStep)
                .build();
    }

    @Bean
    Step publicationRebuildPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin publicationIndexAdmin, JdbcClient jdbc) {
        return new StepBuilder("publicationRebuildPrepareStep", jobRepository)
                .tasklet((contribution, context) -> {
                    ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    if (!job.containsKey(TARGET)) {
                        publicationIndexAdmin.ensureIndexes();
                        jdbc.sql("""
                                SELECT (SELECT COALESCE(MAX(id), 0) FROM outbox_event) AS outbox,
                                       (SELECT COALESCE(MAX(id), 0) FROM delivery_event) AS deliveries,
                                       (extract(epoch FROM now()) * 1000)::bigint AS millis
                                """).query((rs, row) -> {
                                    job.putLong(OUTBOX_MARK, rs.getLong("outbox"));
                                    job.putLong(DELIVERY_MARK, rs.getLong("deliveries"));
                                    job.putLong(TIME_MARK, rs.getLong("millis"));
                                    return row;
                                }).single();
                        job.putString(TARGET, publicationIndexAdmin.createRebuildIndex());
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step publicationRebuildCopyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<PublicationDocument> publicationRebuildReader,
            ItemWriter<PublicationDocument> publicationRebuildWriter, PublicationIndexProperties properties) {
        return new StepBuilder("publicationRebuildCopyStep", jobRepository)
                .<PublicationDocument, PublicationDocument>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(publicationRebuildReader)
                .writer(publicationRebuildWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<PublicationDocument> publicationRebuildReader(DataSource dataSource,
            PublicationIndexProperties properties) {
        return new JdbcCursorItemReaderBuilder<PublicationDocument>()
                .name("publicationRebuildReader")
                .dataSource(dataSource)
                .sql(PublicationRows.SELECT + " ORDER BY p.id")
                .fetchSize(properties.chunkSize())
                .rowMapper(PublicationRows.MAPPER)
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<PublicationDocument> publicationRebuildWriter(PublicationWriter writer,
            @Value("#{jobExecutionContext['" + TARGET + "']}") String target) {
        return chunk -> writer.write(target, List.copyOf(chunk.getItems()), List.of());
    }

    @Bean
    Step publicationRebuildSwapStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin publicationIndexAdmin, PublicationPositions positions, ContentIndexProperties content) {
        return new StepBuilder("publicationRebuildSwapStep", jobRepository)
                .tasklet((contribution, context) -> {
                    ExecutionContext job = context.getStepContext().getStepExecution().getJobExecution()
                            .getExecutionContext();
                    String target = job.getString(TARGET);
                    publicationIndexAdmin.refresh(target);
                    Set<String> old = new HashSet<>(publicationIndexAdmin.swapAlias(target));
                    old.remove(target);
                    positions.outbox().save(job.getLong(OUTBOX_MARK));
                    positions.deliveryEvents().save(job.getLong(DELIVERY_MARK));
                    positions.publishedAt().save(job.getLong(TIME_MARK));
                    Thread.sleep(content.oldIndexGrace().toMillis());
                    publicationIndexAdmin.delete(old);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
