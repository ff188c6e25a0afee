package vn.haugiang.newsroom.epg;

import java.time.Duration;

/**
 * A slot whose length does not match the clip it plays, beyond the tolerance: the clip would be cut
 * ({@code difference} negative: the slot is shorter) or followed by dead air ({@code difference} positive).
 *
 * @param slot         the slot
 * @param slotLength   {@code stop - start} of the slot
 * @param clipDuration the duration of its linked clip
 * @param difference   {@code slotLength - clipDuration}
 * @param tolerance    the tolerance it was checked with
 */
public record DurationWarning(EpgProgramme slot, Duration slotLength, Duration clipDuration, Duration difference,
        Duration tolerance) {

    /** @return {@code true} if the clip is longer than its slot and would be cut */
    public boolean clipWouldBeCut() {
        return difference.isNegative();
    }
}
