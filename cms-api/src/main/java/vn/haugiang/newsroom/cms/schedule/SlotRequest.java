package vn.haugiang.newsroom.cms.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /api/channels/{id}/slots} and {@code PUT .../slots/{slotId}}. Times are
 * ISO-8601 with an offset ({@code 2026-05-01T23:30:00+07:00}); give either {@code stop} or
 * {@code durationMinutes}.
 *
 * @param title               the title, NFC-normalised when stored
 * @param start               on air from
 * @param stop                off air at, after {@code start}; or {@code null} with {@code durationMinutes}
 * @param durationMinutes     the length, when {@code stop} is not given
 * @param live                broadcast live (default {@code false})
 * @param repeatOf            the slot of the same channel this repeats, or {@code null}
 * @param genre               the genre; defaults to the linked item's or programme's
 * @param rating              the age rating (e.g. {@code T13}), or {@code null}
 * @param programmeId         the show or series (table {@code programme}) of the channel's unit, or {@code null}
 * @param itemId              the CMS item played (programme segment, video or audio clip), or {@code null}
 * @param overrideReason      an explicit override: the slot is stored even if it overlaps others (breaking news);
 *                            kept and shown in the day view
 * @param clipDurationSeconds the linked clip's duration; when {@code null}, the linked item's featured media's duration
 *                            as probed on upload; the answer warns when the slot's length differs by more than the
 *                            tolerance ({@code newsroom.schedule.duration-tolerance}, default 30 s)
 */
public record SlotRequest(@NotBlank @Size(max = 500) String title, @NotNull OffsetDateTime start,
        @Nullable OffsetDateTime stop, @Nullable @Positive Integer durationMinutes, @Nullable Boolean live,
        @Nullable UUID repeatOf, @Nullable @Size(max = 40) String genre, @Nullable @Size(max = 20) String rating,
        @Nullable UUID programmeId, @Nullable UUID itemId, @Nullable @Size(max = 500) String overrideReason,
        @Nullable @Positive Integer clipDurationSeconds) {
}
