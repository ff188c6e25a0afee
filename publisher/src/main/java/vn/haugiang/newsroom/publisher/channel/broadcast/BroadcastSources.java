package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.AiredSlot;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.Channel;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.LinkedItem;
import vn.haugiang.newsroom.publisher.channel.web.WebPaths;

/**
 * Reads the schedule tables cms-api writes ({@code broadcast_channel}, {@code slot}, {@code programme}, V9), and
 * the published items slots link to. Read-only.
 */
@Component
class BroadcastSources {

    private static final String CHANNEL = "SELECT id, unit_id, name, time_zone FROM broadcast_channel";

    // A slot's genre and rating fall back to its programme's. The item is joined only while it is live on the
    // web, with the URL of its page on its unit's first web channel (the layout WebPublishing writes).
    private static final String SLOTS = """
            SELECT s.id, s.version, s.channel_id, s.title, s.start_at, s.stop_at, s.live,
                   coalesce(s.genre, p.genre) AS genre, coalesce(s.rating, p.rating) AS rating,
                   s.repeat_of, r.start_at AS repeat_start,
                   i.id AS item_id, i.version AS item_version, i.headline AS item_headline, i.slug AS item_slug,
                   (SELECT coalesce(nullif(o.base_url, ''), 'https://' || o.id || '.local/') FROM output_channel o
                    WHERE o.unit_id = i.unit_id AND o.kind = 'web' ORDER BY o.id LIMIT 1) AS item_site
            FROM slot s
            LEFT JOIN slot r ON r.id = s.repeat_of
            LEFT JOIN programme p ON p.id = s.programme_id
            LEFT JOIN item i ON i.id = s.item_id AND i.state IN ('published', 'corrected')
            WHERE s.channel_id = ? AND s.start_at < ? AND s.stop_at > ?
            ORDER BY s.start_at, s.id
            """;

    private final JdbcClient jdbc;

    BroadcastSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return every broadcast channel, by id */
    List<Channel> channels() {
        return jdbc.sql(CHANNEL + " ORDER BY id").query(BroadcastSources::channel).list();
    }

    Optional<Channel> channel(String id) {
        return jdbc.sql(CHANNEL + " WHERE id = ?").param(id).query(BroadcastSources::channel).optional();
    }

    /** The slots on air at some instant of the channel's local day, whole. */
    ScheduleDay day(Channel channel, LocalDate day) {
        Instant from = day.atStartOfDay(channel.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(channel.zone()).toInstant();
        return new ScheduleDay(channel, day, slots(channel.id(), from, to));
    }

    /** The slots on air at some instant of {@code [from, to)}, by start. */
    List<AiredSlot> slots(String channelId, Instant from, Instant to) {
        return jdbc.sql(SLOTS).params(channelId, utc(to), utc(from)).query(BroadcastSources::slot).list();
    }

    private static Channel channel(ResultSet rs, int row) throws SQLException {
        return new Channel(rs.getString("id"), rs.getString("unit_id"), rs.getString("name"), rs.getString("time_zone"));
    }

    private static AiredSlot slot(ResultSet rs, int row) throws SQLException {
        String channelId = rs.getString("channel_id");
        Instant repeatStart = instant(rs, "repeat_start");
        EpgProgramme.RepeatOf repeat = rs.getObject("repeat_of") == null ? null
                : new EpgProgramme.RepeatOf(channelId, repeatStart);
        EpgProgramme programme = new EpgProgramme(channelId, instant(rs, "start_at"), instant(rs, "stop_at"),
                rs.getString("title"), "vi", null, null, rs.getString("genre"), rs.getString("rating"),
                rs.getBoolean("live"), repeat);
        UUID itemId = rs.getObject("item_id", UUID.class);
        LinkedItem item = null;
        if (itemId != null) {
            String site = rs.getString("item_site");
            String url = site == null ? null : (site.endsWith("/") ? site : site + "/") + WebPaths.article(rs.getString("item_slug"));
            item = new LinkedItem(itemId, rs.getLong("item_version"), rs.getString("item_headline"), url);
        }
        return new AiredSlot(rs.getObject("id", UUID.class), rs.getLong("version"), programme, item);
    }

    /** timestamptz travels as an OffsetDateTime (pgjdbc's mapping), never through the JVM's default zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
