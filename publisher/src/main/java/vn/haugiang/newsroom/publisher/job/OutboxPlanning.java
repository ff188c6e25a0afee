package vn.haugiang.newsroom.publisher.job;

import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.publisher.delivery.DeliveryPlanner;

/**
 * Reads item changes from the outbox and plans their deliveries with {@link DeliveryPlanner}.
 *
 * <p>Events of {@code aggregate_type = 'item'} and the types in {@link #EVENT_TYPES} are read in id
 * order from the position stored in {@code publisher_position} under {@value #POSITION}. Every run
 * starts {@code safetyWindow} ids below that position: an outbox id is taken when its transaction
 * inserts, not when it commits, so a lower id can become visible after a higher one was read. Reading
 * again is harmless because planning is idempotent (it reads the item's current row).
 *
 * <p>Each batch is one transaction that holds the position row's lock, so concurrent instances take
 * turns; an event whose item does not exist (or whose aggregate id is not a UUID) is skipped.
 */
@Component
public class OutboxPlanning {

    /** The {@code publisher_position} row of this consumer. */
    static final String POSITION = "delivery-planning";

    /** The outbox event types that change what an item's deliveries should be. */
    static final List<String> EVENT_TYPES = List.of("ItemPublished", "ItemCorrected", "ItemTakenDown", "ItemArchived");

    private final JdbcClient jdbc;
    private final DeliveryPlanner planner;
    private final TransactionTemplate transaction;
    private final PublishingProperties properties;

    OutboxPlanning(JdbcClient jdbc, DeliveryPlanner planner, PlatformTransactionManager transactionManager,
            PublishingProperties properties) {
        this.jdbc = jdbc;
        this.planner = planner;
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /**
     * Plans the items of every outbox event after the stored position minus the safety window, and
     * moves the position to the last event read.
     *
     * @return how many events were handled, re-read ones included
     */
    public int planNewEvents() {
        jdbc.sql("INSERT INTO publisher_position (name, last_id) VALUES (:name, 0) ON CONFLICT (name) DO NOTHING")
                .param("name", POSITION).update();
        long after = Math.max(0, position() - properties.safetyWindow());
        int handled = 0;
        while (true) {
            long from = after;
            Batch batch = transaction.execute(status -> planBatch(from));
            if (batch == null || batch.events() == 0) {
                return handled;
            }
            handled += batch.events();
            after = batch.lastId();
            if (batch.events() < properties.planningBatchSize()) {
                return handled;
            }
        }
    }

    private long position() {
        return jdbc.sql("SELECT last_id FROM publisher_position WHERE name = :name").param("name", POSITION)
                .query(Long.class).single();
    }

    private Batch planBatch(long after) {
        jdbc.sql("SELECT last_id FROM publisher_position WHERE name = :name FOR UPDATE").param("name", POSITION)
                .query(Long.class).single();
        List<Event> events = jdbc.sql("""
                SELECT e.id, i.id AS item_id
                FROM outbox_event e
                JOIN item i ON i.id = CASE
                    WHEN e.aggregate_id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN CAST(e.aggregate_id AS uuid)
                END
                WHERE e.id > :after AND e.aggregate_type = 'item' AND e.event_type = ANY (CAST(:types AS text[]))
                ORDER BY e.id
                LIMIT :limit
                """)
                .param("after", after)
                .param("types", new SqlParameterValue(Types.ARRAY, EVENT_TYPES.toArray(String[]::new)))
                .param("limit", properties.planningBatchSize())
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("item_id", UUID.class)))
                .list();
        if (events.isEmpty()) {
            return new Batch(0, after);
        }
        // The planner reads the item's current row, so an item named twice in a batch is planned once.
        Set<UUID> items = new LinkedHashSet<>();
        events.forEach(e -> items.add(e.itemId()));
        items.forEach(planner::plan);
        long lastId = events.get(events.size() - 1).id();
        jdbc.sql("UPDATE publisher_position SET last_id = greatest(last_id, :last), updated_at = now() WHERE name = :name")
                .param("last", lastId).param("name", POSITION).update();
        return new Batch(events.size(), lastId);
    }

    private record Event(long id, UUID itemId) {
    }

    private record Batch(int events, long lastId) {
    }
}
