package vn.haugiang.newsroom.cms.schedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.schedule.ScheduleConfiguration.ScheduleProperties;
import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.ICalendarEpg;
import vn.haugiang.newsroom.epg.JsonEpg;
import vn.haugiang.newsroom.epg.XmltvWriter;

/**
 * A channel's schedule in the guide formats, and schedule files in: {@code GET /api/channels/{id}/epg.xml?date=}
 * (XMLTV valid against {@code xmltv.dtd}: the programmes starting that local day, whole, times
 * {@code YYYYMMDDhhmmss +0700}), {@code GET .../epg.json?date=} (the day as {@link JsonEpg} shapes it: every slot
 * on air that day), {@code GET .../epg.ics?from=&to=} (iCalendar of the local days {@code from..to} inclusive, at
 * most 92 days; UIDs {@code <slot id>@<newsroom.schedule.calendar-uid-domain>}), and {@code POST .../imports}
 * (multipart {@code file}; answers a {@link ScheduleImportReport}).
 */
@RestController
@RequestMapping("/api/channels/{id}")
class EpgController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final int MAX_CALENDAR_DAYS = 92;

    private final ScheduleService schedules;
    private final ScheduleImporter importer;
    private final ScheduleProperties properties;
    private final Clock clock;

    EpgController(ScheduleService schedules, ScheduleImporter importer, ScheduleProperties properties, Clock clock) {
        this.schedules = schedules;
        this.importer = importer;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/epg.xml")
    ResponseEntity<byte[]> xmltv(@PathVariable String id, @RequestParam LocalDate date) throws IOException {
        BroadcastChannel channel = schedules.readable(CurrentUser.get(), id);
        var out = new ByteArrayOutputStream();
        new XmltvWriter(channel.zone(), "newsroom-cms").writeDay(List.of(channel.epg()), programmes(channel, date, date),
                date, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
    }

    @GetMapping("/epg.json")
    ResponseEntity<String> json(@PathVariable String id, @RequestParam LocalDate date) {
        BroadcastChannel channel = schedules.readable(CurrentUser.get(), id);
        var epg = new JsonEpg(channel.zone());
        String body = epg.toJson(epg.day(channel.epg(), date, programmes(channel, date, date)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/epg.ics")
    ResponseEntity<String> calendar(@PathVariable String id, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        BroadcastChannel channel = schedules.readable(CurrentUser.get(), id);
        if (to.isBefore(from) || from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
            throw ScheduleException.invalid("to must be from..from + " + MAX_CALENDAR_DAYS + " days.", "to");
        }
        // Slot ids make the UIDs, so moving a slot updates its event instead of adding a second one.
        Map<EpgProgramme, String> uids = new IdentityHashMap<>();
        List<EpgProgramme> programmes = schedules.slots(channel, from, to).stream().map(slot -> {
            EpgProgramme p = slot.epg();
            uids.put(p, slot.id() + "@" + properties.calendarUidDomain());
            return p;
        }).toList();
        String body = new ICalendarEpg(properties.calendarUidDomain(), properties.calendarProdId())
                .calendar(channel.epg(), programmes, clock.instant(), uids::get);
        return ResponseEntity.ok().contentType(CALENDAR).body(body);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ScheduleImportReport importSchedule(@PathVariable String id, @RequestParam("file") MultipartFile file)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return importer.importFile(CurrentUser.get(), id, name, file.getBytes());
    }

    private List<EpgProgramme> programmes(BroadcastChannel channel, LocalDate first, LocalDate last) {
        return schedules.slots(channel, first, last).stream().map(Slot::epg).toList();
    }
}
