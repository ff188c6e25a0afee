package vn.haugiang.newsroom.epg;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules a channel's schedule keeps before the guide (EPG) and the output counts read it: no two slots of a
 * channel on air at once unless one is explicitly allowed to overlap (breaking news), no unplanned gaps, and
 * slots as long as the clips they play.
 *
 * <p>Slots are half-open intervals of instants ({@code [start, stop)}): back-to-back slots neither overlap nor
 * leave a gap, and a slot crossing midnight is one interval, so a 23:30–00:30 slot conflicts with a 00:15 slot
 * the next day like any other overlap. Slots are grouped by channel; slots of different channels never
 * conflict. Thread-safe and immutable.
 */
public final class ScheduleRules {

    /** The default minimum gap: one minute. */
    public static final Duration DEFAULT_MINIMUM_GAP = Duration.ofMinutes(1);

    private final Duration minimumGap;

    /** Rules reporting gaps longer than {@link #DEFAULT_MINIMUM_GAP}. */
    public ScheduleRules() {
        this(DEFAULT_MINIMUM_GAP);
    }

    /**
     * @param minimumGap gaps up to this long are not reported (they are accepted as breaks, idents or
     *                   rounding); zero reports every gap
     * @throws IllegalArgumentException if negative
     */
    public ScheduleRules(Duration minimumGap) {
        if (minimumGap.isNegative()) {
            throw new IllegalArgumentException("minimumGap must not be negative: " + minimumGap);
        }
        this.minimumGap = minimumGap;
    }

    /**
     * {@link #check(List, Predicate)} with no slot allowed to overlap.
     *
     * @param slots normalised slots, one or more channels
     * @return the conflicts and gaps
     */
    public ScheduleCheck check(List<EpgProgramme> slots) {
        return check(slots, slot -> false);
    }

    /**
     * Finds the conflicts, allowed overlaps and gaps of each channel.
     *
     * @param slots            normalised slots (with stops), one or more channels, any order
     * @param overlapAllowed   the override flag: {@code true} for a slot that may overlap others (breaking
     *                         news); an overlap is allowed when either slot is flagged
     * @return every overlapping pair (not only neighbours: a long slot can overlap several) and every gap longer
     *         than the minimum, each channel in start order
     * @throws IllegalStateException if a slot has no stop
     */
    public ScheduleCheck check(List<EpgProgramme> slots, Predicate<? super EpgProgramme> overlapAllowed) {
        Objects.requireNonNull(overlapAllowed, "overlapAllowed");
        Map<String, List<EpgProgramme>> byChannel = new LinkedHashMap<>();
        for (EpgProgramme slot : slots) {
            slot.requireStop();
            byChannel.computeIfAbsent(slot.channelId(), id -> new ArrayList<>()).add(slot);
        }
        List<ScheduleCheck.Conflict> conflicts = new ArrayList<>();
        List<ScheduleCheck.Conflict> allowed = new ArrayList<>();
        List<ScheduleCheck.Gap> gaps = new ArrayList<>();
        for (List<EpgProgramme> channel : byChannel.values()) {
            channel.sort(Comparator.comparing(EpgProgramme::start)); // stable: equal starts keep list order
            for (int i = 0; i < channel.size(); i++) {
                EpgProgramme first = channel.get(i);
                for (int j = i + 1; j < channel.size() && channel.get(j).start().isBefore(first.requireStop()); j++) {
                    EpgProgramme second = channel.get(j);
                    Instant overlapEnd = first.requireStop().isBefore(second.requireStop()) ? first.requireStop()
                            : second.requireStop();
                    ScheduleCheck.Conflict conflict = new ScheduleCheck.Conflict(first, second,
                            Duration.between(second.start(), overlapEnd));
                    (overlapAllowed.test(first) || overlapAllowed.test(second) ? allowed : conflicts).add(conflict);
                }
            }
            gaps.addAll(gaps(channel));
        }
        return new ScheduleCheck(conflicts, allowed, gaps);
    }

    private List<ScheduleCheck.Gap> gaps(List<EpgProgramme> channel) {
        List<ScheduleCheck.Gap> gaps = new ArrayList<>();
        EpgProgramme latest = null; // the slot with the latest stop so far
        for (EpgProgramme slot : channel) {
            if (latest != null && Duration.between(latest.requireStop(), slot.start()).compareTo(minimumGap) > 0) {
                gaps.add(new ScheduleCheck.Gap(slot.channelId(), latest.requireStop(), slot.start(), latest, slot));
            }
            if (latest == null || slot.requireStop().isAfter(latest.requireStop())) {
                latest = slot;
            }
        }
        return gaps;
    }

    /**
     * Compares a slot's length with the duration of the clip linked to it.
     *
     * @param slot         a normalised slot
     * @param clipDuration the clip's duration (e.g. from the media module's probe), positive
     * @param tolerance    how far apart the two may be, not negative (e.g. 30 seconds)
     * @return a warning if {@code |slot length - clip duration| > tolerance}, else empty
     * @throws IllegalArgumentException if the clip duration is not positive or the tolerance is negative
     */
    public Optional<DurationWarning> checkDuration(EpgProgramme slot, Duration clipDuration, Duration tolerance) {
        if (clipDuration.isNegative() || clipDuration.isZero()) {
            throw new IllegalArgumentException("clipDuration must be positive: " + clipDuration);
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        Duration slotLength = slot.duration();
        Duration difference = slotLength.minus(clipDuration);
        return difference.abs().compareTo(tolerance) > 0
                ? Optional.of(new DurationWarning(slot, slotLength, clipDuration, difference, tolerance))
                : Optional.empty();
    }
}
