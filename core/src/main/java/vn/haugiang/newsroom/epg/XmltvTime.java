package vn.haugiang.newsroom.epg;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * XMLTV times: {@code YYYYMMDDhhmmss} or an initial part of it, then optionally a zone, {@code ±hhmm}
 * (also read: {@code ±hh:mm}) or an abbreviation such as {@code BST}. The DTD says a time without a zone is
 * UTC; this system's producers write local time, so the caller chooses the zone assumed (and it is reported).
 */
final class XmltvTime {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z", Locale.ROOT);
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);
    private static final Pattern TIME = Pattern.compile("(\\d{4,14})\\s*(?:([+-]\\d{2}):?(\\d{2})|([A-Za-z]{1,5}))?");
    private static final String PADDING = "00000101000000";

    /** Abbreviations the XMLTV tools write, as fixed offsets (the DTD's own example: BST == +0100). */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.of("UTC", ZoneOffset.UTC, "GMT", ZoneOffset.UTC,
            "Z", ZoneOffset.UTC, "BST", ZoneOffset.ofHours(1), "CET", ZoneOffset.ofHours(1), "CEST",
            ZoneOffset.ofHours(2), "EET", ZoneOffset.ofHours(2), "EEST", ZoneOffset.ofHours(3), "ICT",
            ZoneOffset.ofHours(7));

    private XmltvTime() {
    }

    /** A time as read, with the fix made if the zone was not an explicit offset. */
    record Parsed(Instant instant, ImportIssue.@Nullable Kind fix, String note) {
    }

    /** Signals a time that is not an XMLTV time; the message says why. */
    static final class Unparseable extends Exception {

        private static final long serialVersionUID = 1L;

        Unparseable(String message) {
            super(message);
        }
    }

    /**
     * @param text          the attribute value
     * @param assumed       zone for times without one
     * @param minimumDigits 12 for programme start and stop (minute precision), 4 where a year is enough
     */
    static Parsed parse(String text, ZoneId assumed, int minimumDigits) throws Unparseable {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new Unparseable("'" + text + "' is not an XMLTV time (YYYYMMDDhhmmss ±hhmm)");
        }
        String digits = m.group(1);
        if (digits.length() % 2 != 0 || digits.length() < minimumDigits) {
            throw new Unparseable("'" + text + "' is not precise enough (" + digits.length() + " digits, at least "
                    + minimumDigits + " needed)");
        }
        try {
            LocalDateTime local = LocalDateTime.parse(digits + PADDING.substring(digits.length()), DIGITS);
            if (m.group(2) != null) {
                int hours = Integer.parseInt(m.group(2));
                int minutes = Integer.parseInt(m.group(3));
                ZoneOffset offset = ZoneOffset.ofHoursMinutes(hours, m.group(2).startsWith("-") ? -minutes : minutes);
                return new Parsed(local.toInstant(offset), null, "");
            }
            if (m.group(4) != null) {
                ZoneOffset offset = ABBREVIATIONS.get(m.group(4).toUpperCase(Locale.ROOT));
                if (offset == null) {
                    throw new Unparseable("'" + text + "' has an unknown time zone '" + m.group(4) + "'");
                }
                return new Parsed(local.toInstant(offset), ImportIssue.Kind.ZONE_ABBREVIATION,
                        "'" + text + "' read with " + m.group(4) + " = " + offset.getId());
            }
            return new Parsed(local.atZone(assumed).toInstant(), ImportIssue.Kind.ASSUMED_ZONE,
                    "'" + text + "' has no UTC offset, read in " + assumed.getId());
        } catch (DateTimeException e) {
            throw new Unparseable("'" + text + "' is not a valid time: " + e.getMessage());
        }
    }

    /** {@code YYYYMMDDhhmmss ±hhmm} in the given zone, e.g. {@code 20260501233000 +0700}. */
    static String format(Instant instant, ZoneId zone) {
        return WRITE.format(instant.atZone(zone));
    }
}
