package vn.haugiang.newsroom.epg;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ScheduleRules#check} found in a schedule.
 *
 * @param conflicts       overlapping slots of one channel that no override allows: the schedule must change
 * @param allowedOverlaps overlapping slots where at least one is marked as allowed to overlap (breaking news):
 *                        not errors, but the guide shows the override on air for the overlap
 * @param gaps            stretches of a channel with no slot, longer than the rules' minimum gap
 */
public record ScheduleCheck(List<Conflict> conflicts, List<Conflict> allowedOverlaps, List<Gap> gaps) {

    /** Copies the lists. */
    public ScheduleCheck {
        conflicts = List.copyOf(conflicts);
        allowedOverlaps = List.copyOf(allowedOverlaps);
        gaps = List.copyOf(gaps);
    }

    /** @return {@code true} if there is no conflict (gaps and allowed overlaps do not count) */
    public boolean hasNoConflict() {
        return conflicts.isEmpty();
    }

    /**
     * Two slots of one channel on air at the same time.
     *
     * @param first   the slot that starts first (for equal starts, the one listed first)
     * @param second  the other slot
     * @param overlap how long both are on air, positive
     */
    public record Conflict(EpgProgramme first, EpgProgramme second, Duration overlap) {

        /** Checks that all parts are there. */
        public Conflict {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(overlap, "overlap");
        }
    }

    /**
     * A stretch of a channel with nothing scheduled.
     *
     * @param channelId the channel
     * @param from      when the last slot before it stops (the latest stop so far, with overlaps)
     * @param to        when the next slot starts
     * @param before    the slot that stops at {@code from}
     * @param after     the slot that starts at {@code to}
     */
    public record Gap(String channelId, Instant from, Instant to, EpgProgramme before, EpgProgramme after) {

        /** @return {@code to - from} */
        public Duration length() {
            return Duration.between(from, to);
        }
    }
}
