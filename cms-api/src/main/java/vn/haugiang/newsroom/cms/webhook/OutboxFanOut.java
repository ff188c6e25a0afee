package vn.haugiang.newsroom.cms.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns new item events of the outbox into {@code webhook_delivery} rows, one per matching
 * active subscription.
 *
 * <p><b>Why the read position trails the newest id.</b> Outbox ids come from a sequence when the
 * row is inserted, not when its transaction commits, so id 41 can become visible after id 42.
 * Remembering "the last id seen" would skip 41 for ever. Scanning "ids without deliveries" does
 * not end either: most events match no subscription and would be re-read on every round. So:
 * <ol>
 * <li>Every row above the position {@code last_id} is re-read on every round; creating its
 *     deliveries is idempotent (unique (subscription, event), {@code ON CONFLICT DO NOTHING}), so
 *     re-reading costs a little and never sends twice.
 * <li>The position then moves to the newest row written before a <em>cutoff</em>, the earlier of
 *     "now minus the safety window" and the start of the oldest transaction still open that has
 *     written anything. A row not yet visible belongs to an open transaction; if that transaction
 *     had written when the cutoff was taken, it started after the cutoff, so its rows are newer
 *     than the cutoff and stay above the position; if it had not written yet, its row's time
 *     (taken at insert) is newer than now minus the window. The cutoff is read in a statement
 *     <em>before</em> the scan, so a transaction that commits in between is seen by the scan.
 * </ol>
 * A long import writing many items in one transaction thus holds the position back instead of
 * losing events. The window alone still covers the rare case where the oldest transaction cannot
 * be seen ({@code pg_stat_activity} hides other roles' transaction start without
 * {@code pg_read_all_stats}; all three apps use one role). A subscription hears events written
 * from its creation on, so old outbox rows are read once and create nothing.
 *
 * <p>Two instances fan out in turn: the round locks the position row with {@code SKIP LOCKED} and
 * an instance that finds it locked leaves the round to the other.
 */
@Component
class OutboxFanOut {

    private final JdbcClient jdbc;

    OutboxFanOut(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the deliveries of the outbox rows above the position and moves it on.
     *
     * @return how many deliveries were created; empty when another instance is fanning out
     */
    @Transactional
    Optional<Integer> fanOut(Duration safetyWindow) {
        Optional<Long> position = jdbc.sql(
                        "SELECT last_id FROM webhook_outbox_position WHERE consumer = 'webhooks' FOR UPDATE SKIP LOCKED")
                .query(Long.class).optional();
        if (position.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime cutoff = jdbc.sql("""
                SELECT LEAST(clock_timestamp() - make_interval(secs => :window),
                             COALESCE((SELECT min(xact_start) FROM pg_stat_activity
                                       WHERE datname = current_database() AND backend_xid IS NOT NULL
                                         AND pid <> pg_backend_pid()),
                                      'infinity'))
                """)
                .param("window", safetyWindow.toMillis() / 1000.0)
                .query(OffsetDateTime.class).single();
        int created = jdbc.sql("""
                INSERT INTO webhook_delivery (id, subscription_id, outbox_event_id, event_type, occurred_at, payload,
                                              next_attempt_at)
                SELECT gen_random_uuid(), s.id, e.id, e.event_type, e.occurred_at, e.payload, now()
                FROM outbox_event e
                JOIN webhook_subscription s ON s.active AND s.unit_id = e.payload ->> 'unit'
                                           AND e.event_type = ANY (s.events) AND e.occurred_at >= s.created_at
                WHERE e.id > :position AND e.aggregate_type = 'item'
                  AND e.event_type IN ('ItemPublished', 'ItemCorrected', 'ItemTakenDown')
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.outbox_event_id = e.id)
                ORDER BY e.id, s.id
                ON CONFLICT (subscription_id, outbox_event_id) DO NOTHING
                """)
                .param("position", position.get())
                .update();
        jdbc.sql("""
                UPDATE webhook_outbox_position
                SET last_id = COALESCE((SELECT max(id) FROM outbox_event WHERE id > :position AND occurred_at < :cutoff),
                                       last_id)
                WHERE consumer = 'webhooks'
                """)
                .param("position", position.get()).param("cutoff", cutoff)
                .update();
        return Optional.of(created);
    }
}
