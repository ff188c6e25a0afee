package vn.haugiang.newsroom.cms.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code webhook_delivery}: taking the next due delivery, recording how its attempt went,
 * and the history of a subscription.
 *
 * <p>A delivery is claimed, not held: the claim ({@code FOR UPDATE SKIP LOCKED}, so two instances
 * never take the same row) counts the attempt and pushes {@code next_attempt_at} past the longest
 * a send can take (the lease), then commits. The HTTP call runs outside any transaction, so a slow
 * receiver holds neither a pooled connection nor row locks; an instance that dies mid-send leaves
 * the delivery due again when the lease ends. Times come from the database's clock, shared by
 * every instance.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the delivery due the longest, of an active subscription, and counts its attempt. */
    @Transactional
    Optional<Claimed> claimNext(Duration lease) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                    WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND s.active
                    ORDER BY d.next_attempt_at, d.id
                    LIMIT 1
                    FOR UPDATE OF d SKIP LOCKED)
                UPDATE webhook_delivery d
                SET attempts = d.attempts + 1, last_attempt_at = now(),
                    next_attempt_at = now() + make_interval(secs => :lease)
                FROM due, webhook_subscription s
                WHERE d.id = due.id AND s.id = d.subscription_id
                RETURNING d.id, d.attempts, d.event_type, d.occurred_at, d.payload::text AS payload, s.url, s.secret
                """)
                .param("lease", seconds(lease))
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getInt("attempts"),
                        rs.getString("event_type"), instant(rs, "occurred_at"), rs.getString("payload"),
                        rs.getString("url"), rs.getString("secret")))
                .optional();
    }

    /**
     * Records the outcome of attempt {@code claimed.attempt()}. Ignored when the row has moved on
     * meanwhile (subscription deleted, or the lease ran out and another instance took it).
     *
     * @return whether it was recorded
     */
    @Transactional
    boolean record(Claimed claimed, @Nullable Integer status, RetryPolicy.Decision decision) {
        return jdbc.sql("""
                UPDATE webhook_delivery
                SET state = CAST(:state AS text),
                    next_attempt_at = CASE WHEN CAST(:state AS text) = 'pending'
                                           THEN now() + make_interval(secs => :retryIn) END,
                    delivered_at = CASE WHEN CAST(:state AS text) = 'delivered' THEN now() END,
                    last_status = CAST(:status AS integer),
                    last_error = CAST(:error AS text)
                WHERE id = :id AND attempts = :attempt AND state = 'pending'
                """)
                .param("state", decision.state())
                .param("retryIn", decision.retryIn() == null ? 0.0 : seconds(decision.retryIn()))
                .param("status", status)
                .param("error", decision.error() == null ? null : truncate(decision.error()))
                .param("id", claimed.id()).param("attempt", claimed.attempt())
                .update() == 1;
    }

    /** A subscription's deliveries, newest first. */
    @Transactional(readOnly = true)
    List<WebhookDelivery> list(UUID subscriptionId, int limit) {
        return jdbc.sql("""
                SELECT id, outbox_event_id, event_type, payload ->> 'id' AS item_id,
                       CAST(payload ->> 'version' AS bigint) AS item_version, state, attempts, next_attempt_at,
                       last_attempt_at, last_status, last_error, created_at, delivered_at
                FROM webhook_delivery WHERE subscription_id = ?
                ORDER BY created_at DESC, outbox_event_id DESC LIMIT ?
                """)
                .params(subscriptionId, limit)
                .query((rs, n) -> new WebhookDelivery(rs.getObject("id", UUID.class), rs.getLong("outbox_event_id"),
                        rs.getString("event_type"), rs.getString("item_id"), rs.getLong("item_version"),
                        rs.getString("state"), rs.getInt("attempts"), nullableInstant(rs, "next_attempt_at"),
                        nullableInstant(rs, "last_attempt_at"), rs.getObject("last_status", Integer.class),
                        rs.getString("last_error"), instant(rs, "created_at"), nullableInstant(rs, "delivered_at")))
                .list();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    // Receivers' error pages can be long; the history needs the gist.
    private static String truncate(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * A delivery taken for sending.
     *
     * @param attempt this attempt's number, 1 for the first
     * @param payloadJson the outbox event's payload (the item's id, unit, type, state, version, revision)
     */
    record Claimed(UUID id, int attempt, String eventType, Instant occurredAt, String payloadJson, String url,
            String secret) {
    }
}
