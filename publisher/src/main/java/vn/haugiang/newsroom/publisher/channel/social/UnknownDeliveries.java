package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.publisher.delivery.DeliveryRecorded;
import vn.haugiang.newsroom.publisher.delivery.DeliveryState;

/**
 * The {@code unknown} social deliveries and the two ways out of that state that a reconcile decides:
 * {@code delivered} (the post was found) and {@code failed_retryable}, due now (not found after the grace period,
 * so sent once more). Each change is logged in {@code delivery_event} like those {@code Deliveries#record} makes.
 *
 * <p>{@code Deliveries} only records outcomes of {@code in_progress} deliveries, so these transitions live here;
 * they belong next to it and can move there unchanged.
 */
@Component
class UnknownDeliveries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UnknownDeliveries(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Up to {@code limit} unknown deliveries on active social channels, longest unknown first. */
    List<UUID> candidates(int limit) {
        return jdbc.sql("""
                SELECT d.id FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                WHERE d.state = 'unknown' AND c.kind IN ('facebook', 'youtube', 'zalo') AND c.status = 'active'
                ORDER BY d.updated_at, d.id
                LIMIT :limit
                """).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Locks the delivery if it is still unknown and no other instance is reconciling it; hold the transaction while
     * the channel is read, so two instances never decide the same delivery.
     */
    Optional<Unknown> lock(UUID id) {
        return jdbc.sql("""
                SELECT d.id, d.item_id, d.item_version, d.channel_id, d.updated_at,
                       coalesce((SELECT min(e.at) FROM delivery_event e
                                 WHERE e.delivery_id = d.id AND e.to_state = 'in_progress'), d.created_at) AS first_attempt
                FROM delivery d
                WHERE d.id = :id AND d.state = 'unknown'
                FOR UPDATE OF d SKIP LOCKED
                """).param("id", id)
                .query((rs, n) -> new Unknown(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                        rs.getLong("item_version"), rs.getString("channel_id"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("first_attempt", OffsetDateTime.class).toInstant()))
                .optional();
    }

    void found(Unknown d, String instanceId, String externalId, @Nullable String url) {
        change(d, instanceId, DeliveryState.DELIVERED, externalId, url, null);
    }

    void sendAgain(Unknown d, String instanceId, String reason) {
        change(d, instanceId, DeliveryState.FAILED_RETRYABLE, null, null, reason);
    }

    private void change(Unknown d, String instanceId, DeliveryState to, @Nullable String externalId,
            @Nullable String url, @Nullable String error) {
        jdbc.sql("""
                WITH upd AS (
                    UPDATE delivery SET state = :to, due_at = CASE WHEN :to = 'failed_retryable' THEN now() ELSE due_at END,
                        external_id = coalesce(CAST(:externalId AS text), external_id),
                        external_url = coalesce(CAST(:url AS text), external_url),
                        last_error = CAST(:error AS text), claimed_until = NULL, updated_at = clock_timestamp()
                    WHERE id = :id AND state = 'unknown'
                    RETURNING id
                )
                INSERT INTO delivery_event (delivery_id, from_state, to_state, external_id, external_url, error, instance_id,
                                            at)
                SELECT id, 'unknown', :to, CAST(:externalId AS text), CAST(:url AS text), CAST(:error AS text), :instance,
                       clock_timestamp()
                FROM upd
                """).param("id", d.id()).param("to", to.code()).param("externalId", externalId).param("url", url)
                .param("error", error).param("instance", instanceId).update();
        events.publishEvent(new DeliveryRecorded(d.id(), d.itemId(), d.itemVersion(), d.channelId(), to));
    }

    /**
     * @param since        when it became unknown (its last change)
     * @param firstAttempt when it was first claimed for sending (its first {@code in_progress} event; its creation
     *                     when the log has none): nothing the channel made before then can be its post
     */
    record Unknown(UUID id, UUID itemId, long itemVersion, String channelId, Instant since, Instant firstAttempt) {
    }
}
