package vn.haugiang.newsroom.publisher.delivery;

import java.sql.Types;
import java.time.Duration;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leases of claimed deliveries ({@code claimed_by}, {@code claimed_until}): renewed while their
 * instance works, expired when it died. Runs in the caller's transaction ({@link Deliveries}).
 */
@Component
class DeliveryLeases {

    private final JdbcClient jdbc;

    DeliveryLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** See {@link Deliveries#renewLeases}. */
    int renew(String instanceId, Duration lease) {
        return jdbc.sql("""
                WITH mine AS (
                    SELECT id FROM delivery
                    WHERE claimed_by = :instance AND state = 'in_progress' AND claimed_until > now()
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE delivery d SET claimed_until = now() + make_interval(secs => :leaseSeconds)
                FROM mine WHERE d.id = mine.id
                """)
                .param("instance", instanceId).param("leaseSeconds", lease.toMillis() / 1000.0)
                .update();
    }

    /**
     * In-progress deliveries whose lease ran out may have been sent: a repeatable kind's are due again
     * ({@code pending}), any other's {@code unknown}, for reconcile. Each change is logged.
     */
    void expire() {
        jdbc.sql("""
                WITH expired AS (
                    SELECT d.id, d.claimed_by, c.kind = ANY (CAST(:repeatable AS text[])) AS repeatable
                    FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                    WHERE d.state = 'in_progress' AND d.claimed_until < now()
                    FOR UPDATE OF d SKIP LOCKED
                ), upd AS (
                    UPDATE delivery d
                    SET state = CASE WHEN expired.repeatable THEN 'pending' ELSE 'unknown' END,
                        claimed_until = NULL, updated_at = now(),
                        last_error = 'lease of ' || expired.claimed_by || ' expired; '
                            || CASE WHEN expired.repeatable THEN 'due again (sending again is harmless)'
                                    ELSE 'may have been sent' END
                    FROM expired WHERE d.id = expired.id
                    RETURNING d.id, d.state, d.last_error
                )
                INSERT INTO delivery_event (delivery_id, from_state, to_state, error)
                SELECT id, 'in_progress', state, last_error FROM upd
                """)
                .param("repeatable", new SqlParameterValue(Types.ARRAY, ChannelKind.repeatableCodes()))
                .update();
    }
}
