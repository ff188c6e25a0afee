package vn.haugiang.newsroom.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox (table {@code outbox_event}): a change and its event commit or roll
 * back together, so consumers never see an event without its change or miss one (no dual write).
 */
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code event} in the caller's transaction.
     *
     * @return the event's position in the outbox (ascending, with gaps)
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a
     *     transaction: an event written on its own could outlive a change that rolled back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(OutboxEvent event) {
        return jdbc.sql("""
                INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload)
                VALUES (:type, :id, :version, :eventType, CAST(:payload AS jsonb))
                RETURNING id
                """)
                .param("type", event.aggregateType())
                .param("id", event.aggregateId())
                .param("version", event.aggregateVersion())
                .param("eventType", event.eventType())
                .param("payload", event.payloadJson())
                .query(Long.class)
                .single();
    }
}
