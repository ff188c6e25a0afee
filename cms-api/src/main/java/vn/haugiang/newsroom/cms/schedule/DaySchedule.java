package vn.haugiang.newsroom.cms.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.ScheduleCheck;
import vn.haugiang.newsroom.epg.ScheduleRules;

/**
 * A channel's local day ({@code GET /api/channels/{id}/schedule?date=}): every slot on air at some instant of
 * the day, whole and by start — a 23:30–00:30 bulletin is in both days with its real start and stop — with the
 * conflicts and gaps {@link ScheduleRules} finds among them. Times as in {@link SlotView}.
 *
 * @param channel   the channel
 * @param date      the local day, ISO {@code yyyy-MM-dd}, in {@code timeZone}
 * @param timeZone  the channel's zone, e.g. {@code Asia/Ho_Chi_Minh}
 * @param slots     the slots, by start
 * @param conflicts overlapping pairs; {@code allowed} when either slot has an override reason
 * @param gaps      stretches with nothing on air between two slots of the day, longer than the minimum gap
 */
public record DaySchedule(BroadcastChannel channel, String date, String timeZone, List<SlotView> slots,
        List<Conflict> conflicts, List<Gap> gaps) {

    /**
     * Two slots on air at once.
     *
     * @param first          the slot that starts first
     * @param second         the other one
     * @param overlapSeconds how long both are on air
     * @param allowed        {@code true} when an override allows it (see {@code overrideReason})
     * @param overrideReason the override's reason (the second slot's, else the first's), or {@code null}
     */
    public record Conflict(UUID first, UUID second, long overlapSeconds, boolean allowed,
            @Nullable String overrideReason) {
    }

    /**
     * Nothing on air.
     *
     * @param from    when the slot before stops (ISO-8601 with offset)
     * @param to      when the next starts
     * @param minutes the gap's length in whole minutes
     * @param before  the slot before
     * @param after   the slot after
     */
    public record Gap(String from, String to, long minutes, UUID before, UUID after) {
    }

    static DaySchedule of(BroadcastChannel channel, LocalDate date, List<Slot> slots, ScheduleRules rules) {
        ZoneId zone = channel.zone();
        Map<EpgProgramme, Slot> byProgramme = new IdentityHashMap<>();
        List<EpgProgramme> programmes = new ArrayList<>();
        for (Slot slot : slots) {
            EpgProgramme programme = slot.epg();
            byProgramme.put(programme, slot);
            programmes.add(programme);
        }
        ScheduleCheck check = rules.check(programmes, p -> byProgramme.get(p).overrideReason() != null);
        List<Conflict> conflicts = new ArrayList<>();
        check.conflicts().forEach(c -> conflicts.add(conflict(c, byProgramme, false)));
        check.allowedOverlaps().forEach(c -> conflicts.add(conflict(c, byProgramme, true)));
        List<Gap> gaps = check.gaps().stream()
                .map(g -> new Gap(SlotView.iso(g.from(), zone), SlotView.iso(g.to(), zone), g.length().toMinutes(),
                        byProgramme.get(g.before()).id(), byProgramme.get(g.after()).id()))
                .toList();
        return new DaySchedule(channel, date.toString(), zone.getId(),
                slots.stream().map(s -> SlotView.of(s, zone)).toList(), conflicts, gaps);
    }

    private static Conflict conflict(ScheduleCheck.Conflict c, Map<EpgProgramme, Slot> byProgramme, boolean allowed) {
        Slot first = byProgramme.get(c.first());
        Slot second = byProgramme.get(c.second());
        String reason = second.overrideReason() != null ? second.overrideReason() : first.overrideReason();
        return new Conflict(first.id(), second.id(), c.overlap().toSeconds(), allowed, reason);
    }
}
