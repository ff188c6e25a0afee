package vn.haugiang.newsroom.publisher.delivery;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes due deliveries for one publisher instance and records what happened to them.
 *
 * <p><b>Claim and lease.</b> {@link #claimDue} locks due rows with {@code FOR UPDATE SKIP LOCKED},
 * so concurrent instances each take different deliveries and never wait on each other, and marks
 * them {@code in_progress} with a lease ({@code claimed_by}, {@code claimed_until}). A lease that
 * runs out means its instance died or hung after the claim, possibly after sending. A delivery of a
 * {@linkplain ChannelKind#repeatable() repeatable} kind (web: a page put to a fixed key) is then
 * simply {@code pending} again, as sending it twice leaves the same page. Any other becomes
 * {@code unknown}, never claimed again, and a reconcile step (or an operator) decides whether it
 * went out. That is how a restarted job never posts twice: nothing that might have been posted is
 * sent again blindly. The lease must therefore be longer than the longest send, timeouts included.
 *
 * <p><b>Recording.</b> {@link #record} applies an {@link Outcome} only to a delivery that is still
 * {@code in_progress} and claimed by the same instance; anything else (lease already expired into
 * {@code unknown}, cancelled, another instance) is a no-op that returns {@code false}.
 */
@Service
public class Deliveries {

    private final JdbcClient jdbc;
    private final DeliveryLeases leases;
    private final ApplicationEventPublisher events;

    Deliveries(JdbcClient jdbc, DeliveryLeases leases, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.leases = leases;
        this.events = events;
    }

    /**
     * Claims up to {@code limit} due deliveries ({@code pending} or {@code failed_retryable}, due now
     * or earlier, on an {@code active} channel) in due order, after turning expired leases into
     * {@code unknown}.
     *
     * @param instanceId the claiming publisher instance, unique among running instances
     * @param limit      at most this many, ≥ 1
     * @param lease      how long the claim holds, > 0
     * @return the claimed deliveries, empty when nothing is due
     */
    @Transactional
    public List<ClaimedDelivery> claimDue(String instanceId, int limit, Duration lease) {
        return claim(instanceId, null, null, limit, lease);
    }

    /**
     * {@link #claimDue(String, int, Duration)} for the channels of one kind only, so a sender never
     * takes deliveries it cannot send (and never spends their attempts handing them back).
     *
     * @param kind the channel kind, or {@code null} for every kind
     */
    @Transactional
    public List<ClaimedDelivery> claimDue(String instanceId, @Nullable ChannelKind kind, int limit, Duration lease) {
        return claim(instanceId, kind == null ? null : new String[] {kind.code()}, null, limit, lease);
    }

    /**
     * {@link #claimDue(String, int, Duration)} for the channels of the given kinds only: the kinds
     * this instance has senders for.
     *
     * @param kinds at least one kind
     */
    @Transactional
    public List<ClaimedDelivery> claimDue(String instanceId, Set<ChannelKind> kinds, int limit, Duration lease) {
        return claimDue(instanceId, kinds, null, limit, lease);
    }

    /**
     * {@link #claimDue(String, Set, int, Duration)} within one unit: only deliveries of an item of
     * {@code unit} to a channel of {@code unit}, so a unit admin's run neither publishes another unit's
     * items nor uses another unit's channels (the deliveries API shows a caller the deliveries to their
     * unit's channels; this is the part of those that are also their own items).
     *
     * @param unit the unit id, e.g. {@code bao-hau-giang}; {@code null} for every unit
     */
    @Transactional
    public List<ClaimedDelivery> claimDue(String instanceId, Set<ChannelKind> kinds, @Nullable String unit, int limit,
            Duration lease) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no channel kinds to claim");
        }
        return claim(instanceId, kinds.stream().map(ChannelKind::code).toArray(String[]::new), unit, limit, lease);
    }

    private List<ClaimedDelivery> claim(String instanceId, String @Nullable [] kinds, @Nullable String unit, int limit,
            Duration lease) {
        if (limit < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("limit must be ≥ 1 and lease > 0, got " + limit + " and " + lease);
        }
        leases.expire();
        return jdbc.sql("""
                WITH due AS (
                    SELECT d.id, d.state FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                    WHERE d.state IN ('pending', 'failed_retryable') AND d.due_at <= now() AND c.status = 'active'
                      AND (CAST(:kinds AS text[]) IS NULL OR c.kind = ANY (CAST(:kinds AS text[])))
                      AND (CAST(:unit AS text) IS NULL
                           OR c.unit_id = :unit AND EXISTS (SELECT 1 FROM item i WHERE i.id = d.item_id AND i.unit_id = :unit))
                    ORDER BY d.due_at, d.id
                    LIMIT :limit
                    FOR UPDATE OF d SKIP LOCKED
                ), claimed AS (
                    UPDATE delivery d
                    SET state = 'in_progress', claimed_by = :instance,
                        claimed_until = now() + make_interval(secs => :leaseSeconds),
                        attempts = d.attempts + 1, updated_at = now()
                    FROM due WHERE d.id = due.id
                    RETURNING d.id, d.item_id, d.item_version, d.channel_id, d.attempts, d.claimed_until
                ), logged AS (
                    INSERT INTO delivery_event (delivery_id, from_state, to_state, instance_id)
                    SELECT due.id, due.state, 'in_progress', :instance FROM due JOIN claimed ON claimed.id = due.id
                )
                SELECT claimed.*, c.kind FROM claimed JOIN output_channel c ON c.id = claimed.channel_id
                ORDER BY claimed.id
                """)
                .param("limit", limit).param("instance", instanceId).param("leaseSeconds", lease.toMillis() / 1000.0)
                .param("kinds", new SqlParameterValue(Types.ARRAY, kinds)).param("unit", unit)
                .query((rs, n) -> new ClaimedDelivery(rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getLong("item_version"), rs.getString("channel_id"),
                        ChannelKind.ofCode(rs.getString("kind")), rs.getInt("attempts"), instanceId,
                        rs.getObject("claimed_until", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Extends the running leases of this instance's in-progress deliveries to {@code lease} from now,
     * so a chunk of slow sends never outlives its claims while the instance is alive. Commits on its
     * own, so other instances see it at once. A lease that already ran out is not revived (it may be
     * expiring as we speak), and rows another transaction is recording are skipped, never waited for.
     *
     * @return how many leases were extended
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int renewLeases(String instanceId, Duration lease) {
        return leases.renew(instanceId, lease);
    }

    /**
     * Records the outcome of a delivery this instance claimed. For
     * {@link Outcome.ChannelNeedsReauthorisation} the channel is also flagged
     * {@code needs_reauthorisation} (unless an operator paused it), which holds back its other
     * deliveries.
     *
     * @return {@code true} if recorded; {@code false} if the delivery is not {@code in_progress} under
     *         {@code instanceId} (then nothing changed)
     */
    @Transactional
    public boolean record(UUID deliveryId, String instanceId, Outcome outcome) {
        Transition t = Transition.of(outcome);
        Optional<Recorded> recorded = jdbc.sql("""
                WITH cur AS (
                    SELECT id FROM delivery
                    WHERE id = :id AND state = 'in_progress' AND claimed_by = :instance
                    FOR UPDATE
                ), upd AS (
                    UPDATE delivery d
                    SET state = :to, due_at = coalesce(:dueAt, d.due_at),
                        external_id = coalesce(:externalId, d.external_id),
                        external_url = coalesce(:externalUrl, d.external_url),
                        last_http_status = :http, last_error = :error,
                        -- clock_timestamp(), not now(): the chunk's transaction began before the send, and
                        -- the delivered event's time is the publication time the output count reads.
                        claimed_until = NULL, updated_at = clock_timestamp()
                    FROM cur WHERE d.id = cur.id
                    RETURNING d.id, d.item_id, d.item_version, d.channel_id
                ), logged AS (
                    INSERT INTO delivery_event (delivery_id, from_state, to_state, http_status, external_id,
                                                external_url, error, instance_id, at)
                    SELECT id, 'in_progress', :to, :http, :externalId, :externalUrl, :error, :instance, clock_timestamp()
                    FROM upd
                )
                SELECT item_id, item_version, channel_id FROM upd
                """)
                .param("id", deliveryId).param("instance", instanceId).param("to", t.to().code())
                .param("dueAt", timestamp(t.dueAt()))
                .param("externalId", text(t.externalId())).param("externalUrl", text(t.externalUrl()))
                .param("http", new SqlParameterValue(Types.INTEGER, t.httpStatus()))
                .param("error", text(t.error()))
                .query((rs, n) -> new Recorded(rs.getObject("item_id", UUID.class), rs.getLong("item_version"),
                        rs.getString("channel_id")))
                .optional();
        recorded.ifPresent(r -> {
            if (outcome instanceof Outcome.ChannelNeedsReauthorisation reauth) {
                flagNeedsReauthorisation(r.channelId(), reauth.reason());
            }
            events.publishEvent(new DeliveryRecorded(deliveryId, r.itemId(), r.itemVersion(), r.channelId(), t.to()));
        });
        return recorded.isPresent();
    }

    private void flagNeedsReauthorisation(String channelId, String reason) {
        int flagged = jdbc.sql("""
                UPDATE output_channel SET status = 'needs_reauthorisation', status_reason = :reason, updated_at = now()
                WHERE id = :channel AND status = 'active'
                """)
                .param("channel", channelId).param("reason", reason)
                .update();
        if (flagged == 1) {
            events.publishEvent(new ChannelNeedsReauthorisationFlagged(channelId, reason));
        }
    }

    // Typed nulls: PostgreSQL must know a parameter's type even when it is NULL.
    private static SqlParameterValue timestamp(@Nullable Instant at) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static SqlParameterValue text(@Nullable String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private record Recorded(UUID itemId, long itemVersion, String channelId) {
    }
}
