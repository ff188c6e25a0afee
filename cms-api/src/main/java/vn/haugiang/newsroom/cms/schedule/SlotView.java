package vn.haugiang.newsroom.cms.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A slot as the API shows it. Times are ISO-8601 with the offset of the channel's zone, e.g.
 * {@code 2026-05-01T23:30:00+07:00}; a slot crossing midnight has its real start and stop.
 *
 * @param id             the slot id
 * @param channelId      the channel
 * @param title          the title
 * @param start          on air from (inclusive)
 * @param stop           off air at (exclusive)
 * @param live           broadcast live
 * @param genre          the genre, or {@code null}
 * @param rating         the age rating (e.g. {@code T13}), or {@code null}
 * @param programmeId    the show or series, or {@code null}
 * @param itemId         the linked CMS item (programme segment or clip), or {@code null}
 * @param repeatOf       the slot this repeats, or {@code null}
 * @param overrideReason why this slot may overlap others (breaking news), or {@code null}: it may not
 * @param version        the version, also the slot's ETag ({@code "1"}, {@code "2"}, ...)
 */
public record SlotView(UUID id, String channelId, String title, String start, String stop, boolean live,
        @Nullable String genre, @Nullable String rating, @Nullable UUID programmeId, @Nullable UUID itemId,
        @Nullable UUID repeatOf, @Nullable String overrideReason, long version) {

    static SlotView of(Slot slot, ZoneId zone) {
        return new SlotView(slot.id(), slot.channelId(), slot.title(), iso(slot.start(), zone), iso(slot.stop(), zone),
                slot.live(), slot.genre(), slot.rating(), slot.programmeId(), slot.itemId(), slot.repeatOf(),
                slot.overrideReason(), slot.version());
    }

    static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
