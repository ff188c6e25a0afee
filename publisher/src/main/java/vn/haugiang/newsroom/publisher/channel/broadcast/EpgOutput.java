package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.LocalDate;

/**
 * The files of one channel-day, in the order the job writes them, and where each goes in the {@code site}
 * bucket. The order is part of the job's restart state (the reader's position): append, never reorder.
 */
enum EpgOutput {

    /** XMLTV, {@code <channel>/epg/<day>.xml}. */
    XMLTV("epg/", ".xml", "application/xml; charset=utf-8"),
    /** JSON day guide, {@code <channel>/epg/<day>.json}. */
    JSON("epg/", ".json", "application/json; charset=utf-8"),
    /** iCalendar, {@code <channel>/epg/<day>.ics}. */
    ICALENDAR("epg/", ".ics", "text/calendar; charset=utf-8"),
    /** The schedule page, {@code <channel>/lich-phat-song/<day>.html}. */
    PAGE(EpgOutput.PAGES, ".html", "text/html; charset=utf-8");

    /** The folder of the schedule pages, under the channel's prefix. */
    static final String PAGES = "lich-phat-song/";

    private final String folder;
    private final String suffix;
    private final String contentType;

    EpgOutput(String folder, String suffix, String contentType) {
        this.folder = folder;
        this.suffix = suffix;
        this.contentType = contentType;
    }

    /** @return e.g. {@code hgtv/epg/2026-05-01.xml} */
    String key(String channelId, LocalDate day) {
        return channelId + "/" + folder + day + suffix;
    }

    /** @return the key relative to the schedule page folder, for the page's links: {@code ../epg/2026-05-01.xml} */
    String fromPage(LocalDate day) {
        return (folder.equals(PAGES) ? "" : "../" + folder) + day + suffix;
    }

    String contentType() {
        return contentType;
    }
}
