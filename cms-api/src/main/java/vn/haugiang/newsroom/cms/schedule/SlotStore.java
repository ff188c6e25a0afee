package vn.haugiang.newsroom.cms.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Channels and slots in PostgreSQL (tables {@code broadcast_channel}, {@code slot}). */
@Repository
class SlotStore {

    private static final String CHANNEL = "SELECT id, unit_id, kind, name, time_zone FROM broadcast_channel";
    private static final String SLOT = """
            SELECT s.id, s.channel_id, s.programme_id, s.item_id, s.title, s.start_at, s.stop_at, s.live, s.repeat_of,
                   r.start_at AS repeat_start, s.genre, s.rating, s.override_reason, s.created_by, s.version
            FROM slot s LEFT JOIN slot r ON r.id = s.repeat_of
            """;

    private final JdbcClient jdbc;

    SlotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BroadcastChannel> channels() {
        return jdbc.sql(CHANNEL + " ORDER BY unit_id, kind, id").query(BroadcastChannel.class).list();
    }

    Optional<BroadcastChannel> channel(String id) {
        return jdbc.sql(CHANNEL + " WHERE id = ?").param(id).query(BroadcastChannel.class).optional();
    }

    /**
     * Locks the channel row until the transaction ends, so two writers cannot both find a time free and both
     * take it: every schedule change of a channel checks overlaps under this lock.
     */
    void lockChannel(String id) {
        jdbc.sql("SELECT id FROM broadcast_channel WHERE id = ? FOR UPDATE").param(id).query(String.class).single();
    }

    Optional<Slot> find(String channelId, UUID id) {
        return jdbc.sql(SLOT + " WHERE s.channel_id = ? AND s.id = ?").params(channelId, id).query(SlotStore::map).optional();
    }

    /** Slots on air at some instant of {@code [from, to)}, by start: half-open, so neighbours are not included. */
    List<Slot> overlapping(String channelId, Instant from, Instant to) {
        return jdbc.sql(SLOT + " WHERE s.channel_id = ? AND s.start_at < ? AND s.stop_at > ? ORDER BY s.start_at, s.id")
                .params(channelId, utc(to), utc(from))
                .query(SlotStore::map).list();
    }

    /** @return the unit of the programme, if it exists */
    Optional<String> programmeUnit(UUID programmeId) {
        return jdbc.sql("SELECT unit_id FROM programme WHERE id = ?").param(programmeId).query(String.class).optional();
    }

    /**
     * @return the duration in seconds of the item's featured media as the media library probed it on upload
     *         ({@code media.metadata.duration}), if the item has such media and it has a duration
     */
    Optional<Double> clipDuration(UUID itemId) {
        return jdbc.sql("""
                SELECT CAST(m.metadata ->> 'duration' AS double precision) FROM item i
                JOIN media m ON m.id = i.featured_media
                WHERE i.id = ? AND m.metadata ->> 'duration' IS NOT NULL
                """).param(itemId).query(Double.class).optional();
    }

    void insert(Slot s) {
        jdbc.sql("""
                INSERT INTO slot (id, channel_id, programme_id, item_id, title, start_at, stop_at, live, repeat_of,
                                  genre, rating, override_reason, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(s.id(), s.channelId(), s.programmeId(), s.itemId(), s.title(), utc(s.start()),
                        utc(s.stop()), s.live(), s.repeatOf(), s.genre(), s.rating(), s.overrideReason(),
                        s.createdBy(), s.version())
                .update();
    }

    /** Saves {@code s} over {@code expectedVersion}; {@code false} if that is no longer the stored version. */
    boolean update(Slot s, long expectedVersion) {
        return jdbc.sql("""
                UPDATE slot SET programme_id = ?, item_id = ?, title = ?, start_at = ?, stop_at = ?, live = ?,
                                repeat_of = ?, genre = ?, rating = ?, override_reason = ?, version = ?, updated_at = now()
                WHERE id = ? AND version = ?
                """)
                .params(s.programmeId(), s.itemId(), s.title(), utc(s.start()), utc(s.stop()),
                        s.live(), s.repeatOf(), s.genre(), s.rating(), s.overrideReason(), s.version(), s.id(),
                        expectedVersion)
                .update() == 1;
    }

    boolean delete(UUID id, long expectedVersion) {
        return jdbc.sql("DELETE FROM slot WHERE id = ? AND version = ?").params(id, expectedVersion).update() == 1;
    }

    private static Slot map(ResultSet rs, int row) throws SQLException {
        return new Slot(rs.getObject("id", UUID.class), rs.getString("channel_id"),
                rs.getObject("programme_id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("title"),
                instant(rs, "start_at"), instant(rs, "stop_at"), rs.getBoolean("live"),
                rs.getObject("repeat_of", UUID.class), nullableInstant(rs, "repeat_start"),
                rs.getString("genre"), rs.getString("rating"), rs.getString("override_reason"),
                rs.getObject("created_by", UUID.class), rs.getLong("version"));
    }

    /** timestamptz travels as an OffsetDateTime (pgjdbc's mapping), never through the JVM's default zone. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
