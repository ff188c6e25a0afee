package vn.haugiang.newsroom.cms.schedule;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * Programmes (shows, series) of a unit: list, read, create, change, delete. Same access as the unit's channel
 * schedules: the unit (and the Department's analysts) read, its producers, editors, editors-in-chief and the
 * system admin write; another unit's programme is 404. Changes need the current version (412 when stale); a
 * programme that slots still use cannot be deleted (409).
 */
@Service
public class ProgrammeService {

    private final ProgrammeStore store;

    ProgrammeService(ProgrammeStore store) {
        this.store = store;
    }

    /** @return the programmes {@code user} may read, of one unit or (null) every unit it may read, by unit and title */
    @Transactional(readOnly = true)
    public List<Programme> list(CurrentUser user, @Nullable String unitId) {
        if (unitId != null) {
            return ChannelAccess.canReadUnit(user, unitId) ? store.ofUnits(List.of(unitId)) : List.of();
        }
        return store.all().stream().filter(p -> ChannelAccess.canReadUnit(user, p.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public Programme read(CurrentUser user, UUID id) {
        return store.find(id).filter(p -> ChannelAccess.canReadUnit(user, p.unitId()))
                .orElseThrow(() -> ScheduleException.notFound("programme " + id));
    }

    @Transactional
    public Programme create(CurrentUser user, ProgrammeRequest request) {
        String unitId = request.unitId() == null ? user.unitId() : request.unitId();
        if (!ChannelAccess.canWriteUnit(user, unitId)) {
            throw ScheduleException.forbidden("A " + user.role() + " of " + user.unitId()
                    + " cannot create programmes of " + unitId + ".");
        }
        Programme programme = new Programme(UUID.randomUUID(), unitId, SlotDrafts.nfc(request.title()), SlotDrafts.blankToNull(request.genre()),
                SlotDrafts.blankToNull(request.rating()), 1);
        store.insert(programme);
        return programme;
    }

    @Transactional
    public Programme update(CurrentUser user, UUID id, long expectedVersion, ProgrammeRequest request) {
        Programme current = writable(user, id);
        if (request.unitId() != null && !request.unitId().equals(current.unitId())) {
            throw ScheduleException.invalid("A programme stays with its unit " + current.unitId() + ".", "unitId");
        }
        Programme changed = new Programme(id, current.unitId(), SlotDrafts.nfc(request.title()), SlotDrafts.blankToNull(request.genre()),
                SlotDrafts.blankToNull(request.rating()), expectedVersion + 1);
        if (current.version() != expectedVersion || !store.update(changed, expectedVersion)) {
            throw ScheduleException.stale("Programme", current.version());
        }
        return changed;
    }

    @Transactional
    public void delete(CurrentUser user, UUID id, long expectedVersion) {
        Programme current = writable(user, id);
        long slots = store.slotCount(id);
        if (slots > 0) {
            throw ScheduleException.inUse("'" + current.title() + "' is used by " + slots
                    + " slot(s); move them to another programme or delete them first.");
        }
        if (current.version() != expectedVersion || !store.delete(id, expectedVersion)) {
            throw ScheduleException.stale("Programme", current.version());
        }
    }

    private Programme writable(CurrentUser user, UUID id) {
        Programme programme = read(user, id);
        if (!ChannelAccess.canWriteUnit(user, programme.unitId())) {
            throw ScheduleException.forbidden("A " + user.role() + " cannot change programmes of " + programme.unitId()
                    + ".");
        }
        return programme;
    }
}
