package vn.haugiang.newsroom.publisher.delivery;

import java.sql.Types;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.model.ItemState;

/**
 * Turns an item's current state into deliveries. Call it for every item change the publisher hears
 * of (the outbox); it reads the item's current row, so calling it late, twice or out of order is
 * harmless.
 *
 * <ul>
 * <li>A published or corrected item gets one {@code pending} delivery of its current version per
 * routed channel, due at the latest of {@code publish_at}, {@code embargo_until} and now (UTC).
 * Existing ones are kept (the unique key (item, version, channel) makes planning idempotent); one
 * of this version cancelled because the channel was excluded comes back to {@code pending} when the
 * channel is routed again (a version's deliveries are only ever cancelled for that reason).</li>
 * <li>Waiting ({@code pending}, {@code failed_retryable}) deliveries of older versions are cancelled:
 * a correction replaces them and no stale version goes out. So are waiting deliveries of the
 * current version to a channel the item is no longer routed to (an exclusion added later).</li>
 * <li>A taken-down or archived item has all its waiting deliveries cancelled.</li>
 * <li>Other states (draft … scheduled) plan nothing.</li>
 * </ul>
 *
 * {@code in_progress} and {@code unknown} deliveries are never touched here: they may already be
 * out, which only the sender or a reconcile can tell. Each change is logged in {@code delivery_event}
 * in the same transaction.
 */
@Service
public class DeliveryPlanner {

    // Advisory-lock namespace: planners of one item serialise, so a plan of version n can never
    // commit its deliveries after a plan of version n+1 cancelled the older ones.
    private static final int PLAN_LOCK_NAMESPACE = 0x0DE1;

    private final JdbcClient jdbc;
    private final Routing routing;
    private final ApplicationEventPublisher events;

    DeliveryPlanner(JdbcClient jdbc, Routing routing, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.events = events;
    }

    /**
     * Plans the deliveries of the item's current version.
     *
     * @throws IllegalArgumentException if there is no such item
     */
    @Transactional
    public DeliveriesPlanned plan(UUID itemId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:ns, hashtext(CAST(:item AS text)))")
                .param("ns", PLAN_LOCK_NAMESPACE).param("item", itemId)
                .query().listOfRows();
        // Read after taking the lock, so a later version committed meanwhile is the one planned.
        ItemRow item = jdbc.sql("SELECT state, version FROM item WHERE id = :item")
                .param("item", itemId)
                .query((rs, n) -> new ItemRow(ItemState.ofCode(rs.getString("state")), rs.getLong("version")))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No item " + itemId));

        DeliveriesPlanned planned = switch (item.state()) {
            case PUBLISHED, CORRECTED -> {
                List<String> channels = routing.channelsOf(itemId);
                List<UUID> created = create(itemId, item.version(), channels);
                List<UUID> cancelled = cancelWaiting(itemId, item.version(), channels,
                        "replaced by version " + item.version());
                yield new DeliveriesPlanned(itemId, item.version(), created, cancelled);
            }
            case TAKEN_DOWN, ARCHIVED -> new DeliveriesPlanned(itemId, item.version(), List.of(),
                    cancelWaiting(itemId, Long.MAX_VALUE, List.of(), "item " + item.state().code()));
            default -> new DeliveriesPlanned(itemId, item.version(), List.of(), List.of());
        };
        if (!planned.created().isEmpty() || !planned.cancelled().isEmpty()) {
            events.publishEvent(planned);
        }
        return planned;
    }

    private List<UUID> create(UUID itemId, long version, List<String> channels) {
        return jdbc.sql("""
                WITH ins AS (
                    INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at)
                    SELECT gen_random_uuid(), i.id, i.version, ch, 'pending',
                           greatest(i.publish_at, i.embargo_until, now())
                    FROM item i CROSS JOIN unnest(CAST(:channels AS text[])) AS ch
                    WHERE i.id = :item AND i.version = :version
                    ON CONFLICT (item_id, item_version, channel_id) DO UPDATE
                        SET state = 'pending', last_error = NULL, updated_at = now()
                        -- Only what routing itself cancelled comes back when the channel is routed again;
                        -- an operator's cancel stands (planning re-reads recent outbox rows every run).
                        WHERE delivery.state = 'cancelled' AND delivery.last_error = 'channel no longer routed'
                    RETURNING id, (xmax = 0) AS inserted
                ), logged AS (
                    INSERT INTO delivery_event (delivery_id, from_state, to_state)
                    SELECT id, CASE WHEN inserted THEN NULL ELSE 'cancelled' END, 'pending' FROM ins
                )
                SELECT id FROM ins
                """)
                .param("item", itemId).param("version", version).param("channels", textArray(channels))
                .query(UUID.class)
                .list();
    }

    /**
     * Cancels the item's waiting deliveries of versions before {@code keepVersion}, and those of
     * {@code keepVersion} to channels not in {@code keepChannels}.
     */
    private List<UUID> cancelWaiting(UUID itemId, long keepVersion, List<String> keepChannels, String olderReason) {
        return jdbc.sql("""
                WITH old AS (
                    SELECT id, state, item_version FROM delivery
                    WHERE item_id = :item AND state IN ('pending', 'failed_retryable')
                      AND (item_version < :keep
                           OR (item_version = :keep AND NOT channel_id = ANY (CAST(:channels AS text[]))))
                    FOR UPDATE
                ), upd AS (
                    UPDATE delivery d
                    SET state = 'cancelled', updated_at = now(),
                        last_error = CASE WHEN old.item_version < :keep THEN :older ELSE 'channel no longer routed' END
                    FROM old WHERE d.id = old.id
                    RETURNING d.id, d.last_error
                ), logged AS (
                    INSERT INTO delivery_event (delivery_id, from_state, to_state, error)
                    SELECT old.id, old.state, 'cancelled', upd.last_error FROM old JOIN upd ON upd.id = old.id
                )
                SELECT id FROM upd
                """)
                .param("item", itemId).param("keep", keepVersion).param("channels", textArray(keepChannels))
                .param("older", olderReason)
                .query(UUID.class)
                .list();
    }

    // Bound as one SQL array, not expanded into a list of parameters.
    private static SqlParameterValue textArray(List<String> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(String[]::new));
    }

    private record ItemRow(ItemState state, long version) {
    }
}
