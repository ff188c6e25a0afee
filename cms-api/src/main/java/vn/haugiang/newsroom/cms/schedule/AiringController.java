package vn.haugiang.newsroom.cms.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code GET /api/channels/{id}/airings?from=&to=}: the channel's slots that started on the local days
 * {@code from..to} (inclusive, channel zone) and whose stop has passed — airings are output, the publications the
 * Department's count reads (SQL view {@code airing}). Readable by the channel's unit and by analysts.
 */
@RestController
class AiringController {

    private final ScheduleService schedules;
    private final JdbcClient jdbc;

    AiringController(ScheduleService schedules, JdbcClient jdbc) {
        this.schedules = schedules;
        this.jdbc = jdbc;
    }

    /**
     * One aired slot.
     *
     * @param slotId      the slot
     * @param channelId   the broadcast channel
     * @param channelKind {@code tv}, {@code radio} or {@code loudspeaker}
     * @param unitId      the channel's unit
     * @param title       the slot's title
     * @param start       ISO-8601 with the channel zone's offset
     * @param stop        likewise
     * @param live        broadcast live
     * @param genre       the slot's genre, else its item's, else its programme's; or {@code null}
     * @param itemId      the linked CMS item, or {@code null}
     * @param planTasks   the plan-task codes of the linked item ({@code NV1.c} ...), empty without one
     */
    record Airing(UUID slotId, String channelId, String channelKind, String unitId, String title, String start,
            String stop, boolean live, @Nullable String genre, @Nullable UUID itemId, List<String> planTasks) {
    }

    @GetMapping("/api/channels/{id}/airings")
    @Transactional(readOnly = true)
    List<Airing> airings(@PathVariable String id, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        BroadcastChannel channel = schedules.readable(CurrentUser.get(), id);
        ZoneId zone = channel.zone();
        return jdbc.sql("""
                SELECT slot_id, channel_id, channel_kind, unit_id, title, start_at, stop_at, live, genre, item_id, plan_tasks
                FROM airing WHERE channel_id = ? AND start_at >= ? AND start_at < ? ORDER BY start_at, slot_id
                """)
                .params(id, SlotStore.utc(from.atStartOfDay(zone).toInstant()),
                        SlotStore.utc(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new Airing(rs.getObject("slot_id", UUID.class), rs.getString("channel_id"),
                        rs.getString("channel_kind"), rs.getString("unit_id"), rs.getString("title"),
                        SlotView.iso(rs.getObject("start_at", OffsetDateTime.class).toInstant(), zone),
                        SlotView.iso(rs.getObject("stop_at", OffsetDateTime.class).toInstant(), zone),
                        rs.getBoolean("live"), rs.getString("genre"), rs.getObject("item_id", UUID.class),
                        List.of((String[]) rs.getArray("plan_tasks").getArray())))
                .list();
    }
}
