package vn.haugiang.newsroom.publisher.channel.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Time as the site shows it. Hậu Giang readers live in {@code Asia/Ho_Chi_Minh} (UTC+7, no DST), and
 * machine-readable dates carry that offset too so that "published at 08:30" means the same thing in
 * the page, its JSON-LD and the sitemaps.
 */
final class WebTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** {@code 29/11/2026 08:30}: the day-first numeric form Vietnamese newspapers print. */
    private static final DateTimeFormatter READER = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private WebTime() {
    }

    /** {@code 29/11/2026 08:30}. */
    static String forReaders(Instant instant) {
        return READER.format(instant.atZone(ZONE));
    }

    /** {@code 2026-11-29T08:30:00+07:00}: ISO 8601 / W3C datetime, whole seconds. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(instant));
    }

    static OffsetDateTime local(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime();
    }
}
