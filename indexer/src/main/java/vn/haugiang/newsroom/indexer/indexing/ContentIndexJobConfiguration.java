package vn.haugiang.newsroom.indexer.indexing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The incremental job {@value #JOB}: consumes {@code outbox_event} rows of aggregate type
 * {@code item} in id order and writes each item's current row from PostgreSQL to the content alias.
 *
 * <p>Why this is safe: outbox ids are assigned at insert but become visible at commit, so a row
 * can appear behind a position already passed. Each run therefore reads the ids that were missing
 * within {@code safetyWindow} of the position when it was passed ({@link FeedWindow}) again.
 * Reading again is harmless: the ES {@code _id} is the item id and the external version is the
 * item's version, so a document is written once per version and a write of an older one is
 * refused (409) without harm. The position moves only after a chunk's bulk request succeeded for
 * every item; a failed item fails the step (with its id) and is read again by the next run.
 *
 * <p>An outbox row whose item has no row (never committed, or removed) removes the item's document,
 * with a warning naming it.
 *
 * <p>The reader keeps no state of its own in the ExecutionContext ({@code saveState(false)}): the
 * position in Elasticsearch is the restart point of every run, first or restarted.
 */
@Configuration(proxyBeanMethods = false)
class ContentIndexJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContentIndexJobConfiguration.class);

    static final String JOB = "contentIndexJob";

    @Bean
    Job contentIndexJob(JobRepository jobRepository, Step contentIndexSetupStep, Step contentOutboxStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(contentIndexSetupStep)
                .next(contentOutboxStep)
                .build();
    }

    /** The explicit step that creates {@code content-v1}, its alias and the state index if absent. */
    @Bean
    Step contentIndexSetupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin contentIndexAdmin) {
        return new StepBuilder("contentIndexSetupStep", jobRepository)
                .tasklet((contribution, context) -> {
                    contentIndexAdmin.ensureIndexes();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step contentOutboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<OutboxRow> contentOutboxReader, ItemWriter<OutboxRow> contentOutboxWriter,
            FeedWindow contentOutboxWindow, ContentIndexProperties properties) {
        return new StepBuilder("contentOutboxStep", jobRepository)
                .<OutboxRow, OutboxRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(contentOutboxReader)
                .writer(contentOutboxWriter)
                .listener(FeedWindow.completedAfter(contentOutboxWindow))
                .build();
    }

    /** This run's slice of the outbox: opened when the step first reads, one per step execution. */
    @Bean
    @StepScope
    FeedWindow contentOutboxWindow(OutboxPosition contentOutboxPosition, JdbcClient jdbc, ContentIndexProperties properties) {
        return FeedWindow.open(contentOutboxPosition, jdbc, "outbox_event", properties.safetyWindow());
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<OutboxRow> contentOutboxReader(DataSource dataSource, FeedWindow contentOutboxWindow,
            ContentIndexProperties properties) {
        return new JdbcCursorItemReaderBuilder<OutboxRow>()
                .name("contentOutboxReader")
                .dataSource(dataSource)
                .sql("""
                        SELECT id, aggregate_id, aggregate_version FROM outbox_event
                        WHERE aggregate_type = 'item' AND %s
                        ORDER BY id
                        """.formatted(FeedWindow.condition("id")))
                .preparedStatementSetter(statement -> contentOutboxWindow.bind(statement, 1))
                // Streamed: without a fetch size the driver would hold the whole backlog in memory.
                .fetchSize(properties.chunkSize())
                .rowMapper((rs, row) -> new OutboxRow(rs.getLong("id"), rs.getString("aggregate_id"),
                        rs.getLong("aggregate_version")))
                .saveState(false)
                .build();
    }

    /** Loads each item once per chunk in its current state, bulk-writes, then advances the contentOutboxPosition. */
    @Bean
    ItemWriter<OutboxRow> contentOutboxWriter(ItemRows items, ContentBulkWriter writer, FeedWindow contentOutboxWindow,
            ContentIndexProperties properties) {
        return chunk -> {
            Set<UUID> ids = new LinkedHashSet<>();
            long last = 0;
            for (OutboxRow row : chunk) {
                ids.add(UUID.fromString(row.itemId()));
                last = Math.max(last, row.id());
            }
            List<ContentDocument> documents = items.load(ids);
            List<String> absent = absent(ids, documents);
            if (!absent.isEmpty()) {
                log.warn("outbox names items with no row, removing them from {}: {}", properties.alias(), absent);
            }
            writer.write(properties.alias(), documents, absent);
            contentOutboxWindow.consumed(last);
        };
    }

    private static List<String> absent(Set<UUID> ids, List<ContentDocument> documents) {
        Set<UUID> absent = new LinkedHashSet<>(ids);
        documents.forEach(document -> absent.remove(UUID.fromString(document.id())));
        return absent.stream().map(UUID::toString).toList();
    }
}
