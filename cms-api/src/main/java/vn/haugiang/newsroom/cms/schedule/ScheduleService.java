package vn.haugiang.newsroom.cms.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.schedule.ScheduleConfiguration.ScheduleProperties;
import vn.haugiang.newsroom.epg.ScheduleRules;

/**
 * Channels' schedules: read a day, create, change and delete slots, expand recurring rules. Each write locks the
 * channel row, refuses an overlap that has no override reason (409), and writes one outbox row per slot changed,
 * in the same transaction. Readers: the channel's unit (and analysts); writers: its producers, editors,
 * editors-in-chief and the system admin; others get 404 (another unit's channel) or 403 (a reader's role).
 */
@Service
public class ScheduleService {

    private final SlotStore store;
    private final SlotDrafts drafts;
    private final SlotEvents events;
    private final ScheduleRules rules;
    private final ScheduleProperties properties;

    ScheduleService(SlotStore store, SlotDrafts drafts, SlotEvents events, ScheduleRules rules,
            ScheduleProperties properties) {
        this.store = store;
        this.drafts = drafts;
        this.events = events;
        this.rules = rules;
        this.properties = properties;
    }

    /** A slot as saved ({@code slot}, whose version is its ETag) and what the producer should check. */
    public record SavedSlot(SlotView slot, List<SlotWarning> warnings) {
    }

    /** The slots a recurring rule created, the exception dates it skipped, and the distinct warnings. */
    public record RecurringSlots(List<SlotView> created, List<LocalDate> skippedDates, List<SlotWarning> warnings) {
    }

    /** @return the channels {@code user} may read, by unit, kind and id */
    @Transactional(readOnly = true)
    public List<BroadcastChannel> channels(CurrentUser user) {
        return store.channels().stream().filter(c -> ChannelAccess.canRead(user, c)).toList();
    }

    /** @return the channel's local day, whole slots, conflicts and gaps */
    @Transactional(readOnly = true)
    public DaySchedule day(CurrentUser user, String channelId, LocalDate date) {
        BroadcastChannel channel = readable(user, channelId);
        return DaySchedule.of(channel, date, slots(channel, date, date), rules);
    }

    @Transactional
    public SavedSlot create(CurrentUser user, String channelId, SlotRequest request) {
        BroadcastChannel channel = writable(user, channelId);
        store.lockChannel(channelId);
        var drafted = drafts.draft(user, channel, UUID.randomUUID(), 1, user.id(), request);
        List<SlotWarning> warnings = new ArrayList<>(drafted.warnings());
        guardOverlap(channel, drafted.slot(), warnings);
        store.insert(drafted.slot());
        events.record("SlotCreated", drafted.slot(), channel);
        return new SavedSlot(SlotView.of(drafted.slot(), channel.zone()), warnings);
    }

    @Transactional
    public SavedSlot update(CurrentUser user, String channelId, UUID slotId, long expectedVersion, SlotRequest request) {
        BroadcastChannel channel = writable(user, channelId);
        store.lockChannel(channelId);
        Slot current = store.find(channelId, slotId).orElseThrow(() -> ScheduleException.notFound("slot " + slotId));
        if (current.version() != expectedVersion) {
            throw ScheduleException.stale(current.version());
        }
        var drafted = drafts.draft(user, channel, slotId, current.version() + 1, current.createdBy(), request);
        List<SlotWarning> warnings = new ArrayList<>(drafted.warnings());
        guardOverlap(channel, drafted.slot(), warnings);
        if (!store.update(drafted.slot(), expectedVersion)) {
            throw ScheduleException.stale(current.version() + 1);
        }
        events.record("SlotUpdated", drafted.slot(), channel);
        return new SavedSlot(SlotView.of(drafted.slot(), channel.zone()), warnings);
    }

    @Transactional
    public void delete(CurrentUser user, String channelId, UUID slotId, long expectedVersion) {
        BroadcastChannel channel = writable(user, channelId);
        Slot current = store.find(channelId, slotId).orElseThrow(() -> ScheduleException.notFound("slot " + slotId));
        if (current.version() != expectedVersion || !store.delete(slotId, expectedVersion)) {
            throw ScheduleException.stale(current.version());
        }
        events.record("SlotDeleted", current.withVersion(current.version() + 1), channel);
    }

    /**
     * All or nothing: if any occurrence overlaps a stored slot or an earlier occurrence of the rule (a rule longer
     * than its period overlaps itself) and the rule has no override reason, nothing is stored and the 409 lists every
     * such occurrence ({@code occurrences}: {@link RefusedOccurrence}).
     */
    @Transactional
    public RecurringSlots createRecurring(CurrentUser user, String channelId, RecurrenceRequest rule) {
        BroadcastChannel channel = writable(user, channelId);
        if (rule.lastDate().isBefore(rule.firstDate())) {
            throw ScheduleException.invalid("lastDate is before firstDate.", "lastDate");
        }
        if (rule.firstDate().plusDays(properties.maxRecurrenceDays()).isBefore(rule.lastDate())) {
            throw ScheduleException.invalid("A rule spans at most " + properties.maxRecurrenceDays() + " days.", "lastDate");
        }
        store.lockChannel(channelId);
        List<Slot> accepted = new ArrayList<>();
        List<RefusedOccurrence> refused = new ArrayList<>();
        Set<SlotWarning> warnings = new LinkedHashSet<>();
        for (LocalDate day : rule.days()) {
            var drafted = drafts.draft(user, channel, UUID.randomUUID(), 1, user.id(), rule.slotOn(day, channel.zone()));
            Slot slot = drafted.slot();
            warnings.addAll(drafted.warnings());
            List<Slot> inTheWay = new ArrayList<>(inTheWay(slot));
            accepted.stream().filter(other -> other.start().isBefore(slot.stop()) && slot.start().isBefore(other.stop()))
                    .forEach(inTheWay::add);
            if (!inTheWay.isEmpty() && slot.overrideReason() == null) {
                refused.add(new RefusedOccurrence(day, SlotView.iso(slot.start(), channel.zone()),
                        SlotView.iso(slot.stop(), channel.zone()),
                        inTheWay.stream().map(s -> SlotView.of(s, channel.zone())).toList()));
            } else if (!inTheWay.isEmpty()) {
                warnings.add(new SlotWarning("OVERLAP_OVERRIDDEN", "Stored over other slots because: "
                        + slot.overrideReason()));
            }
            accepted.add(slot);
        }
        if (!refused.isEmpty()) {
            throw ScheduleException.recurrenceOverlaps(refused.size() + " of " + accepted.size() + " occurrence(s) of '"
                    + rule.title() + "' overlap other slots, first on " + refused.get(0).date()
                    + ". Nothing was stored: leave those dates out (exceptDates), move the rule, or give an"
                    + " overrideReason.", refused);
        }
        List<SlotView> created = new ArrayList<>();
        for (Slot slot : accepted) {
            store.insert(slot);
            events.record("SlotCreated", slot, channel);
            created.add(SlotView.of(slot, channel.zone()));
        }
        return new RecurringSlots(created, rule.skipped(), List.copyOf(warnings));
    }

    /**
     * An occurrence of a recurring rule refused for overlapping.
     *
     * @param date      its local day
     * @param start     its start (ISO-8601 with offset)
     * @param stop      its stop
     * @param conflicts the stored slots, or earlier occurrences of the same rule (not yet stored: their ids are not
     *                  in the database), in its way
     */
    public record RefusedOccurrence(LocalDate date, String start, String stop, List<SlotView> conflicts) {
    }

    /** @return the gaps of the channel's local day: stretches with nothing on air between two slots */
    @Transactional(readOnly = true)
    public List<DaySchedule.Gap> gaps(CurrentUser user, String channelId, LocalDate date) {
        return day(user, channelId, date).gaps();
    }

    /** The slots on air at some instant of the local days {@code first..last}, by start. */
    List<Slot> slots(BroadcastChannel channel, LocalDate first, LocalDate last) {
        Instant from = first.atStartOfDay(channel.zone()).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(channel.zone()).toInstant();
        return store.overlapping(channel.id(), from, to);
    }

    BroadcastChannel readable(CurrentUser user, String channelId) {
        return store.channel(channelId).filter(c -> ChannelAccess.canRead(user, c))
                .orElseThrow(() -> ScheduleException.notFound("channel " + channelId));
    }

    BroadcastChannel writable(CurrentUser user, String channelId) {
        BroadcastChannel channel = readable(user, channelId);
        if (!ChannelAccess.canWrite(user, channel)) {
            throw ScheduleException.forbidden("A " + user.role() + " cannot change the schedule of " + channelId + ".");
        }
        return channel;
    }

    /** The stored slots {@code slot} would overlap (itself excluded), across midnight like any other time. */
    List<Slot> inTheWay(Slot slot) {
        return store.overlapping(slot.channelId(), slot.start(), slot.stop()).stream()
                .filter(other -> !other.id().equals(slot.id())).toList();
    }

    private void guardOverlap(BroadcastChannel channel, Slot slot, List<SlotWarning> warnings) {
        List<Slot> inTheWay = inTheWay(slot);
        if (inTheWay.isEmpty()) {
            return;
        }
        List<SlotView> views = inTheWay.stream().map(s -> SlotView.of(s, channel.zone())).toList();
        if (slot.overrideReason() == null) {
            throw ScheduleException.overlap("'" + slot.title() + "' overlaps " + inTheWay.size() + " slot(s) of "
                    + channel.id() + ", first '" + inTheWay.get(0).title() + "' " + views.get(0).start() + "–"
                    + views.get(0).stop() + ". Move it, or give an overrideReason to schedule over them.", views);
        }
        warnings.add(new SlotWarning("OVERLAP_OVERRIDDEN", "Stored over " + inTheWay.size() + " slot(s) because: "
                + slot.overrideReason()));
    }
}
