package vn.haugiang.newsroom.publisher.delivery;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's hand on a delivery: send it again, or not at all. Each action locks the row, checks
 * the state it applies to, and logs the change with the operator's name ({@code actor}) in the same
 * transaction, so it never races a claim or an outcome. An operator acts on the deliveries of their
 * own unit's channels ({@code unit}), or of every unit ({@code unit} null); others are not found.
 *
 * <ul>
 * <li>Retry: {@code failed_retryable} or {@code failed_permanent} → {@code pending}, due now. An
 * {@code unknown} delivery may already be out (that is what unknown means), so it is retried only
 * when the operator confirms it was not sent: a second post is then their call, made knowingly.</li>
 * <li>Cancel: {@code pending}, {@code failed_retryable} or {@code failed_permanent} →
 * {@code cancelled}. What is in progress, delivered or unknown is not a backlog to drop.</li>
 * </ul>
 */
@Component
class DeliveryActions {

    private static final Set<DeliveryState> RETRYABLE =
            EnumSet.of(DeliveryState.FAILED_RETRYABLE, DeliveryState.FAILED_PERMANENT, DeliveryState.UNKNOWN);
    private static final Set<DeliveryState> CANCELLABLE =
            EnumSet.of(DeliveryState.PENDING, DeliveryState.FAILED_RETRYABLE, DeliveryState.FAILED_PERMANENT);

    private final JdbcClient jdbc;

    DeliveryActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws DeliveryProblem 404 for no such delivery, 409 for a state that cannot be retried or an
     *                         unknown one without {@code confirmNotSent}
     */
    @Transactional
    void retry(@Nullable String unit, UUID id, String actor, boolean confirmNotSent) {
        DeliveryState current = lock(unit, id);
        if (!RETRYABLE.contains(current)) {
            throw DeliveryProblem.wrongState(id, current, "retried", "failed_retryable, failed_permanent and unknown");
        }
        if (current == DeliveryState.UNKNOWN && !confirmNotSent) {
            throw DeliveryProblem.unconfirmedUnknown(id);
        }
        change(id, current, DeliveryState.PENDING, actor, current == DeliveryState.UNKNOWN
                ? "retry requested; the operator confirmed it was not sent" : "retry requested");
    }

    /** @throws DeliveryProblem 404 for no such delivery, 409 for a state that cannot be cancelled */
    @Transactional
    void cancel(@Nullable String unit, UUID id, String actor) {
        DeliveryState current = lock(unit, id);
        if (!CANCELLABLE.contains(current)) {
            throw DeliveryProblem.wrongState(id, current, "cancelled", "pending, failed_retryable and failed_permanent");
        }
        change(id, current, DeliveryState.CANCELLED, actor, "cancelled by an operator");
    }

    /** Locks the delivery if it goes to a channel of {@code unit} (any unit when null). */
    private DeliveryState lock(@Nullable String unit, UUID id) {
        return jdbc.sql("""
                SELECT d.state FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                WHERE d.id = :id AND (CAST(:unit AS text) IS NULL OR c.unit_id = :unit)
                FOR UPDATE OF d
                """).param("id", id).param("unit", unit)
                .query((rs, n) -> DeliveryState.ofCode(rs.getString("state")))
                .optional()
                .orElseThrow(() -> DeliveryProblem.notFound(id));
    }

    private void change(UUID id, DeliveryState from, DeliveryState to, String actor, String note) {
        jdbc.sql("""
                UPDATE delivery
                SET state = :to, due_at = CASE WHEN :to = 'pending' THEN now() ELSE due_at END,
                    last_error = :note, last_http_status = NULL, claimed_by = NULL, claimed_until = NULL,
                    updated_at = now()
                WHERE id = :id
                """)
                .param("to", to.code()).param("note", note).param("id", id).update();
        jdbc.sql("""
                INSERT INTO delivery_event (delivery_id, from_state, to_state, error, actor)
                VALUES (:id, :from, :to, :note, :actor)
                """)
                .param("id", id).param("from", from.code()).param("to", to.code()).param("note", note)
                .param("actor", actor).update();
    }
}
