package vn.haugiang.newsroom.indexer.indexing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
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
 * The incremental job {@value #JOB}: brings the publications alias up to date from three feeds,
 * one step each, each with its own position in the state index.
 * <ol>
 * <li>{@code outbox_event} rows of aggregate types {@code item} and {@code slot} (cms-api): every
 * publication of the item (its deliveries and the airings linked to it) or of the slot is
 * rewritten; a slot that is no longer a publication (deleted, moved to the future) is removed.
 * <li>{@code delivery_event} rows that reached {@code delivered} (the publisher writes no outbox row
 * for deliveries): the publication of their (item, channel) is rewritten — only that one, not the
 * item's airings, which a delivery does not change.
 * <li>the {@code publication} view by {@code published_at}, from the high-water mark minus
 * {@code timeWindow} up to the run's start: airings become publications when their slot ends,
 * with no event at all.
 * </ol>
 * The two id feeds read what came after their positions plus the ids that were missing when passed
 * ({@link FeedWindow}). Re-reading is harmless (the {@code _id} is the publication id); positions
 * move only after a chunk's bulk request succeeded for every document, so failed ones are read again
 * next run.
 */
@Configuration(proxyBeanMethods = false)
class PublicationIndexJobConfiguration {

    static final String JOB = "publicationIndexJob";

    /**
     * An outbox row or a delivery event: its position in its feed and what it names, by type:
     * {@code item} (an item id), {@code slot} (a slot id) or {@code delivery} (an item id and a
     * channel id, in {@code channelId}).
     */
    record Change(long id, String type, String aggregateId, String channelId) {
    }

    @Bean
    Job publicationIndexJob(JobRepository jobRepository, Step publicationIndexSetupStep,
            Step publicationOutboxStep, Step publicationDeliveryStep, Step publicationWindowStep) {
        return new JobBuilder(JOB, jobRepository)
                .start(publicationIndexSetupStep)
                .next(publicationOutboxStep)
                .next(publicationDeliveryStep)
                .next(publicationWindowStep)
                .build();
    }

    @Bean
    Step publicationIndexSetupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IndexAdmin publicationIndexAdmin) {
        return new StepBuilder("publicationIndexSetupStep", jobRepository)
                .tasklet((contribution, context) -> {
                    publicationIndexAdmin.ensureIndexes();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step publicationOutboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<Change> publicationOutboxReader, FeedWindow publicationOutboxWindow, PublicationRows rows,
            PublicationWriter writer, PublicationIndexProperties properties) {
        return new StepBuilder("publicationOutboxStep", jobRepository)
                .<Change, Change>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(publicationOutboxReader)
                .writer(changes(rows, writer, properties, publicationOutboxWindow))
                .listener(FeedWindow.completedAfter(publicationOutboxWindow))
                .build();
    }

    @Bean
    @StepScope
    FeedWindow publicationOutboxWindow(PublicationPositions positions, JdbcClient jdbc, PublicationIndexProperties properties) {
        return FeedWindow.open(positions.outbox(), jdbc, "outbox_event", properties.safetyWindow());
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<Change> publicationOutboxReader(DataSource dataSource, FeedWindow publicationOutboxWindow,
            PublicationIndexProperties properties) {
        return changeReader("publicationOutboxReader", dataSource, """
                SELECT id, aggregate_type AS type, aggregate_id, NULL AS channel_id FROM outbox_event
                WHERE aggregate_type IN ('item', 'slot') AND %s
                ORDER BY id
                """.formatted(FeedWindow.condition("id")), publicationOutboxWindow, properties.chunkSize());
    }

    @Bean
    Step publicationDeliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<Change> publicationDeliveryReader, FeedWindow publicationDeliveryWindow,
            PublicationRows rows, PublicationWriter writer, PublicationIndexProperties properties) {
        return new StepBuilder("publicationDeliveryStep", jobRepository)
                .<Change, Change>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(publicationDeliveryReader)
                .writer(changes(rows, writer, properties, publicationDeliveryWindow))
                .listener(FeedWindow.completedAfter(publicationDeliveryWindow))
                .build();
    }

    @Bean
    @StepScope
    FeedWindow publicationDeliveryWindow(PublicationPositions positions, JdbcClient jdbc, PublicationIndexProperties properties) {
        return FeedWindow.open(positions.deliveryEvents(), jdbc, "delivery_event", properties.safetyWindow());
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<Change> publicationDeliveryReader(DataSource dataSource, FeedWindow publicationDeliveryWindow,
            PublicationIndexProperties properties) {
        return changeReader("publicationDeliveryReader", dataSource, """
                SELECT e.id, 'delivery' AS type, d.item_id::text AS aggregate_id, d.channel_id
                FROM delivery_event e JOIN delivery d ON d.id = e.delivery_id
                WHERE e.to_state = 'delivered' AND %s
                ORDER BY e.id
                """.formatted(FeedWindow.condition("e.id")), publicationDeliveryWindow, properties.chunkSize());
    }

    @Bean
    Step publicationWindowStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcCursorItemReader<PublicationDocument> publicationWindowReader, PublicationPositions positions,
            PublicationWriter writer, PublicationIndexProperties properties) {
        OutboxPosition mark = positions.publishedAt();
        return new StepBuilder("publicationWindowStep", jobRepository)
                .<PublicationDocument, PublicationDocument>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(publicationWindowReader)
                .writer(chunk -> {
                    writer.write(properties.alias(), List.copyOf(chunk.getItems()), List.of());
                    chunk.getItems().stream().mapToLong(d -> Instant.parse(d.publishedAt()).toEpochMilli()).max()
                            .ifPresent(mark::advance);
                })
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        if (ExitStatus.COMPLETED.equals(step.getExitStatus())) {
                            mark.advance(step.getJobExecution().getStartTime() == null ? 0
                                    : Timestamp.valueOf(step.getJobExecution().getStartTime()).getTime());
                        }
                        return step.getExitStatus();
                    }
                })
                .build();
    }

    /** The view from the high-water mark minus the time window up to the job's start. */
    @Bean
    @StepScope
    JdbcCursorItemReader<PublicationDocument> publicationWindowReader(DataSource dataSource,
            PublicationPositions positions, PublicationIndexProperties properties,
            @Value("#{stepExecution.jobExecution.startTime}") LocalDateTime started) {
        long from = Math.max(0, positions.publishedAt().current() - properties.timeWindow().toMillis());
        return new JdbcCursorItemReaderBuilder<PublicationDocument>()
                .name("publicationWindowReader")
                .dataSource(dataSource)
                .sql(PublicationRows.SELECT + " WHERE p.published_at > ? AND p.published_at <= ? ORDER BY p.published_at, p.id")
                .queryArguments(new Timestamp(from), Timestamp.valueOf(started))
                .fetchSize(properties.chunkSize())
                .rowMapper(PublicationRows.MAPPER)
                .saveState(false)
                .build();
    }

    private static JdbcCursorItemReader<Change> changeReader(String name, DataSource dataSource, String sql,
            FeedWindow window, int fetchSize) {
        return new JdbcCursorItemReaderBuilder<Change>()
                .name(name)
                .dataSource(dataSource)
                .sql(sql)
                .preparedStatementSetter(statement -> window.bind(statement, 1))
                // Without a fetch size the PostgreSQL driver reads the whole result into memory: a first run
                // over a million delivered events filled a 256 MB heap.
                .fetchSize(fetchSize)
                .rowMapper((rs, row) -> new Change(rs.getLong("id"), rs.getString("type"), rs.getString("aggregate_id"),
                        rs.getString("channel_id")))
                .saveState(false)
                .build();
    }

    /** Rewrites the publications a chunk names, removes vanished slots, then moves the position. */
    private static ItemWriter<Change> changes(PublicationRows rows, PublicationWriter writer,
            PublicationIndexProperties properties, FeedWindow window) {
        return chunk -> {
            Set<String> items = new LinkedHashSet<>();
            Set<String> slots = new LinkedHashSet<>();
            Set<PublicationRows.Delivered> delivered = new LinkedHashSet<>();
            long last = 0;
            for (Change change : chunk) {
                switch (change.type()) {
                    case "slot" -> slots.add(change.aggregateId());
                    case "delivery" -> delivered.add(new PublicationRows.Delivered(change.aggregateId(), change.channelId()));
                    default -> items.add(change.aggregateId());
                }
                last = Math.max(last, change.id());
            }
            // An item's own change rewrites its deliveries too.
            delivered.removeIf(pair -> items.contains(pair.itemId()));
            List<PublicationDocument> documents = new ArrayList<>(rows.load(items, slots));
            documents.addAll(rows.loadDelivered(delivered));
            Set<String> vanished = new LinkedHashSet<>();
            slots.forEach(slot -> vanished.add("airing:" + slot));
            documents.forEach(document -> vanished.remove(document.id()));
            writer.write(properties.alias(), documents, vanished);
            window.consumed(last);
        };
    }
}
