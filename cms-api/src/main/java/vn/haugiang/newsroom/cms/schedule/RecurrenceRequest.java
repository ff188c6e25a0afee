package vn.haugiang.newsroom.cms.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /api/channels/{id}/slots/recurring}: one slot at {@code startTime} (local time of
 * the channel's zone) on every day from {@code firstDate} to {@code lastDate} inclusive — every day when
 * {@code daysOfWeek} is empty, else on those weekdays ({@code "MONDAY"} ...) — except the {@code exceptDates}.
 * A slot whose start plus {@code durationMinutes} passes midnight crosses into the next day, whole.
 * The other fields are those of {@link SlotRequest}, the same for every slot.
 *
 * @param title               the title of every slot
 * @param firstDate           the first local day
 * @param lastDate            the last local day, not before {@code firstDate}
 * @param startTime           local start, e.g. {@code "19:00"}
 * @param durationMinutes     the length of each slot, at most one day
 * @param daysOfWeek          the weekdays of a weekly rule, or empty/{@code null} for a daily one
 * @param exceptDates         days left out (holidays, special programming); reported back as skipped
 * @param live                broadcast live
 * @param genre               the genre
 * @param rating              the age rating
 * @param programmeId         the show or series
 * @param itemId              the CMS item played in every slot
 * @param overrideReason      allows the slots to overlap others; kept on each
 * @param clipDurationSeconds the clip's duration, to check each slot's length against
 */
public record RecurrenceRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate firstDate,
        @NotNull LocalDate lastDate, @NotNull LocalTime startTime, @NotNull @Positive @Max(1440) Integer durationMinutes,
        @Nullable List<DayOfWeek> daysOfWeek, @Nullable List<LocalDate> exceptDates, @Nullable Boolean live,
        @Nullable @Size(max = 40) String genre, @Nullable @Size(max = 20) String rating, @Nullable UUID programmeId,
        @Nullable UUID itemId, @Nullable @Size(max = 500) String overrideReason,
        @Nullable @Positive Integer clipDurationSeconds) {

    /** The days the rule gives, without the exceptions, in order. */
    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDate; !day.isAfter(lastDate); day = day.plusDays(1)) {
            boolean weekday = daysOfWeek == null || daysOfWeek.isEmpty() || daysOfWeek.contains(day.getDayOfWeek());
            if (weekday && (exceptDates == null || !exceptDates.contains(day))) {
                days.add(day);
            }
        }
        return days;
    }

    /** The exception dates the rule would otherwise have given, in order. */
    List<LocalDate> skipped() {
        return exceptDates == null ? List.of() : exceptDates.stream()
                .filter(d -> !d.isBefore(firstDate) && !d.isAfter(lastDate))
                .filter(d -> daysOfWeek == null || daysOfWeek.isEmpty() || daysOfWeek.contains(d.getDayOfWeek()))
                .distinct().sorted().toList();
    }

    /** The slot of one day, as a single-slot request. */
    SlotRequest slotOn(LocalDate day, ZoneId zone) {
        return new SlotRequest(title, day.atTime(startTime).atZone(zone).toOffsetDateTime(), null, durationMinutes, live,
                null, genre, rating, programmeId, itemId, overrideReason, clipDurationSeconds);
    }
}
