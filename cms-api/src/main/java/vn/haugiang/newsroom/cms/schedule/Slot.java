package vn.haugiang.newsroom.cms.schedule;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.epg.EpgProgramme;

/**
 * A stored slot (table {@code slot}): what is on air on a channel from {@code start} (inclusive) to
 * {@code stop} (exclusive). {@code repeatOfStart} is the start of the slot it repeats, read along for the
 * XMLTV {@code <previously-shown>}.
 */
record Slot(UUID id, String channelId, @Nullable UUID programmeId, @Nullable UUID itemId, String title, Instant start,
        Instant stop, boolean live, @Nullable UUID repeatOf, @Nullable Instant repeatOfStart, @Nullable String genre,
        @Nullable String rating, @Nullable String overrideReason, UUID createdBy, long version) {

    Slot {
        if (!stop.isAfter(start)) {
            throw ScheduleException.invalid("The stop " + stop + " must be after the start " + start + ".", "stop");
        }
    }

    /** The slot as the EPG formats and rules see it (texts in Vietnamese). */
    EpgProgramme epg() {
        EpgProgramme.RepeatOf repeat = repeatOf == null ? null : new EpgProgramme.RepeatOf(channelId, repeatOfStart);
        return new EpgProgramme(channelId, start, stop, title, "vi", null, null, genre, rating, live, repeat);
    }

    Slot withVersion(long newVersion) {
        return new Slot(id, channelId, programmeId, itemId, title, start, stop, live, repeatOf, repeatOfStart, genre,
                rating, overrideReason, createdBy, newVersion);
    }
}
