package vn.haugiang.newsroom.cms.schedule;

/**
 * Something the producer should look at in a slot that was nevertheless stored.
 *
 * @param kind    {@code DURATION_MISMATCH} (slot length and clip duration differ beyond the tolerance),
 *                {@code DURATION_UNKNOWN} (a linked item, but no clip duration to compare with: media durations are
 *                not probed yet, send {@code clipDurationSeconds}), {@code OVERLAP_OVERRIDDEN} (stored over other
 *                slots because of {@code overrideReason})
 * @param message for people, in English
 */
public record SlotWarning(String kind, String message) {
}
