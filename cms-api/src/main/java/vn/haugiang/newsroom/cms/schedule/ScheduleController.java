package vn.haugiang.newsroom.cms.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.schedule.ScheduleService.RecurringSlots;
import vn.haugiang.newsroom.cms.schedule.ScheduleService.SavedSlot;

/**
 * {@code /api/channels}: broadcast channels and their schedules. {@code GET /api/channels},
 * {@code GET /api/channels/{id}/schedule?date=yyyy-MM-dd} ({@link DaySchedule}), {@code POST .../slots}
 * ({@link SlotRequest} → 201 {@code {slot, warnings}} with an ETag; 409 on an overlap without
 * {@code overrideReason}), {@code PUT}/{@code DELETE .../slots/{slotId}} with {@code If-Match} (428 without, 412
 * when stale), {@code POST .../slots/recurring} ({@link RecurrenceRequest} → 201 {@code {created, skippedDates,
 * warnings}}; 409 with {@code occurrences}, every occurrence in conflict, when any overlaps without an override),
 * {@code GET .../days/{yyyy-MM-dd}/gaps} (the day's {@link DaySchedule.Gap}s, as in the day view).
 */
@RestController
@RequestMapping("/api/channels")
class ScheduleController {

    private final ScheduleService schedules;

    ScheduleController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GetMapping
    List<BroadcastChannel> channels() {
        return schedules.channels(CurrentUser.get());
    }

    @GetMapping("/{id}/schedule")
    DaySchedule day(@PathVariable String id, @RequestParam LocalDate date) {
        return schedules.day(CurrentUser.get(), id, date);
    }

    @GetMapping("/{id}/days/{date}/gaps")
    List<DaySchedule.Gap> gaps(@PathVariable String id, @PathVariable LocalDate date) {
        return schedules.gaps(CurrentUser.get(), id, date);
    }

    @PostMapping("/{id}/slots")
    ResponseEntity<SavedSlot> create(@PathVariable String id, @Valid @RequestBody SlotRequest request) {
        return withETag(HttpStatus.CREATED, schedules.create(CurrentUser.get(), id, request));
    }

    @PutMapping("/{id}/slots/{slotId}")
    ResponseEntity<SavedSlot> update(@PathVariable String id, @PathVariable UUID slotId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SlotRequest request) {
        long version = ScheduleException.ifMatch(ifMatch);
        return withETag(HttpStatus.OK, schedules.update(CurrentUser.get(), id, slotId, version, request));
    }

    @DeleteMapping("/{id}/slots/{slotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, @PathVariable UUID slotId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        schedules.delete(CurrentUser.get(), id, slotId, ScheduleException.ifMatch(ifMatch));
    }

    @PostMapping("/{id}/slots/recurring")
    @ResponseStatus(HttpStatus.CREATED)
    RecurringSlots recurring(@PathVariable String id, @Valid @RequestBody RecurrenceRequest rule) {
        return schedules.createRecurring(CurrentUser.get(), id, rule);
    }

    private static ResponseEntity<SavedSlot> withETag(HttpStatus status, SavedSlot saved) {
        return ResponseEntity.status(status).eTag("\"" + saved.slot().version() + "\"").body(saved);
    }
}
