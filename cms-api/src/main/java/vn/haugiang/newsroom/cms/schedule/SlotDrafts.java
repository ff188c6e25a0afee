package vn.haugiang.newsroom.cms.schedule;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.content.ContentException;
import vn.haugiang.newsroom.cms.content.ContentService;
import vn.haugiang.newsroom.cms.content.Item;
import vn.haugiang.newsroom.cms.schedule.ScheduleConfiguration.ScheduleProperties;
import vn.haugiang.newsroom.epg.ScheduleRules;
import vn.haugiang.newsroom.model.ContentType;

/**
 * Turns a {@link SlotRequest} into a {@link Slot}: checks the references (programme of the channel's unit, an item
 * the user may read that can go on air, a slot of the same channel to repeat) and compares the slot's length with
 * its clip's duration. Overlaps are the service's business (they need the channel lock).
 */
@Component
class SlotDrafts {

    private static final Set<ContentType> ON_AIR_TYPES = Set.of(ContentType.PROGRAMME_SEGMENT, ContentType.VIDEO_CLIP,
            ContentType.AUDIO_CLIP);

    private final SlotStore store;
    private final ContentService content;
    private final ScheduleRules rules;
    private final ScheduleProperties properties;

    SlotDrafts(SlotStore store, ContentService content, ScheduleRules rules, ScheduleProperties properties) {
        this.store = store;
        this.content = content;
        this.rules = rules;
        this.properties = properties;
    }

    /** A slot drafted from a request, with what the producer should be warned about. */
    record Drafted(Slot slot, List<SlotWarning> warnings) {
    }

    Drafted draft(CurrentUser user, BroadcastChannel channel, UUID id, long version, UUID createdBy, SlotRequest r) {
        Instant start = r.start().toInstant();
        Instant stop = stop(r, start);
        String genre = r.genre();
        Item item = r.itemId() == null ? null : item(user, r.itemId());
        if (genre == null && item != null) {
            genre = item.genre();
        }
        if (r.programmeId() != null && !store.programmeUnit(r.programmeId()).filter(channel.unitId()::equals).isPresent()) {
            throw ScheduleException.invalid("No programme " + r.programmeId() + " of unit " + channel.unitId() + ".",
                    "programmeId");
        }
        Instant repeatStart = null;
        if (r.repeatOf() != null) {
            repeatStart = store.find(channel.id(), r.repeatOf()).map(Slot::start).orElseThrow(() -> ScheduleException
                    .invalid("No slot " + r.repeatOf() + " on channel " + channel.id() + " to repeat.", "repeatOf"));
        }
        var slot = new Slot(id, channel.id(), r.programmeId(), r.itemId(), nfc(r.title()), start, stop,
                Boolean.TRUE.equals(r.live()), r.repeatOf(), repeatStart, blankToNull(genre), blankToNull(r.rating()),
                blankToNull(r.overrideReason()), createdBy, version);
        return new Drafted(slot, durationWarnings(slot, r.clipDurationSeconds()));
    }

    private static Instant stop(SlotRequest r, Instant start) {
        if (r.stop() != null && r.durationMinutes() != null) {
            throw ScheduleException.invalid("Give either stop or durationMinutes, not both.", "durationMinutes");
        }
        if (r.stop() == null && r.durationMinutes() == null) {
            throw ScheduleException.invalid("A slot needs a stop or a durationMinutes.", "stop");
        }
        return r.stop() != null ? r.stop().toInstant() : start.plus(Duration.ofMinutes(r.durationMinutes()));
    }

    private Item item(CurrentUser user, UUID itemId) {
        Item item;
        try {
            item = content.read(user, itemId);
        } catch (ContentException e) {
            throw ScheduleException.invalid("No item " + itemId + " that you may read.", "itemId");
        }
        if (!ON_AIR_TYPES.contains(item.type())) {
            throw ScheduleException.invalid("A " + item.type().code()
                    + " cannot go on air; link a programme segment or a clip.", "itemId");
        }
        return item;
    }

    /**
     * The slot's length against its clip's duration: the one the request gives, else the linked item's featured
     * media's as probed on upload; unknown when neither is there.
     */
    private List<SlotWarning> durationWarnings(Slot slot, @Nullable Integer clipDurationSeconds) {
        List<SlotWarning> warnings = new ArrayList<>();
        Duration clip = clipDurationSeconds != null ? Duration.ofSeconds(clipDurationSeconds)
                : slot.itemId() == null ? null
                : store.clipDuration(slot.itemId()).map(s -> Duration.ofMillis(Math.round(s * 1000))).orElse(null);
        if (clip != null) {
            rules.checkDuration(slot.epg(), clip, properties.durationTolerance())
                    .ifPresent(w -> warnings.add(new SlotWarning("DURATION_MISMATCH", "The slot lasts "
                            + w.slotLength().toSeconds() + " s but the clip " + w.clipDuration().toSeconds() + " s"
                            + (w.clipWouldBeCut() ? ": the clip would be cut." : ": dead air would follow.")
                            + " Tolerance " + w.tolerance().toSeconds() + " s.")));
        } else if (slot.itemId() != null) {
            warnings.add(new SlotWarning("DURATION_UNKNOWN", "The linked item has no featured audio or video with a "
                    + "known duration; send clipDurationSeconds to check the slot's length against it."));
        }
        return warnings;
    }

    /** Titles and labels as stored: NFC, trimmed, whitespace runs collapsed. */
    static String nfc(String text) {
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : nfc(text);
    }
}
