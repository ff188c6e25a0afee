package vn.haugiang.newsroom.publisher.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A delivery as the API shows it (instants UTC, ISO-8601); {@code unitId} is its channel's unit;
 * {@code events} is its change log, oldest first, on {@code GET /api/deliveries/{id}} only (empty in
 * lists).
 */
record DeliveryView(UUID id, UUID itemId, long itemVersion, String channelId, String channelKind, String unitId,
        String state,
        Instant dueAt, int attempts, @Nullable String externalId, @Nullable String externalUrl,
        @Nullable Integer lastHttpStatus, @Nullable String lastError, @Nullable String claimedBy,
        @Nullable Instant claimedUntil, Instant createdAt, Instant updatedAt, List<Event> events) {

    static final String COLUMNS = """
            d.id, d.item_id, d.item_version, d.channel_id, c.kind, c.unit_id, d.state, d.due_at, d.attempts, d.external_id,
            d.external_url, d.last_http_status, d.last_error, d.claimed_by, d.claimed_until, d.created_at,
            d.updated_at""";

    static DeliveryView map(ResultSet rs, int row) throws SQLException {
        return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getLong("item_version"), rs.getString("channel_id"), rs.getString("kind"), rs.getString("unit_id"),
                rs.getString("state"),
                instant(rs, "due_at"), rs.getInt("attempts"), rs.getString("external_id"),
                rs.getString("external_url"), rs.getObject("last_http_status", Integer.class),
                rs.getString("last_error"), rs.getString("claimed_by"), nullableInstant(rs, "claimed_until"),
                instant(rs, "created_at"), instant(rs, "updated_at"), List.of());
    }

    DeliveryView withEvents(List<Event> log) {
        return new DeliveryView(id, itemId, itemVersion, channelId, channelKind, unitId, state, dueAt, attempts, externalId,
                externalUrl, lastHttpStatus, lastError, claimedBy, claimedUntil, createdAt, updatedAt, log);
    }

    /**
     * One logged change: {@code fromState} is null for the creation; {@code instanceId} is the
     * publisher instance that made it, {@code actor} the API user (token subject) for a retry or
     * cancel, both null for planning.
     */
    record Event(long id, Instant at, @Nullable String fromState, String toState, @Nullable Integer httpStatus,
            @Nullable String externalId, @Nullable String externalUrl, @Nullable String error,
            @Nullable String instanceId, @Nullable String actor) {

        static Event map(ResultSet rs, int row) throws SQLException {
            return new Event(rs.getLong("id"), instant(rs, "at"), rs.getString("from_state"), rs.getString("to_state"),
                    rs.getObject("http_status", Integer.class), rs.getString("external_id"),
                    rs.getString("external_url"), rs.getString("error"), rs.getString("instance_id"),
                    rs.getString("actor"));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
