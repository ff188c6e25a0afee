package vn.haugiang.newsroom.cms.schedule;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;

/**
 * A refused schedule operation, rendered by Spring MVC as RFC 9457 problem+json with {@code field} naming the
 * input at fault: 404 unknown channel or slot (or one of a unit you do not belong to), 403 a role that cannot
 * write the channel's schedule, 409 an overlap without {@code overrideReason} (with {@code conflicts}: the slots
 * in the way), 412 a stale {@code If-Match} (with {@code currentVersion}), 428 no {@code If-Match}, 422 an
 * invalid value.
 */
public final class ScheduleException extends ErrorResponseException {

    private ScheduleException(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    static ScheduleException notFound(String what) {
        return new ScheduleException(HttpStatus.NOT_FOUND, "Not found", "No " + what + " that you may read.", null);
    }

    static ScheduleException forbidden(String detail) {
        return new ScheduleException(HttpStatus.FORBIDDEN, "Not allowed", detail, null);
    }

    static ScheduleException invalid(String detail, String field) {
        return new ScheduleException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value", detail, field);
    }

    /** The slots in the way are listed under {@code conflicts} so the producer can move them or override. */
    static ScheduleException overlap(String detail, List<SlotView> inTheWay) {
        var e = new ScheduleException(HttpStatus.CONFLICT, "Slots overlap", detail, "start");
        e.getBody().setProperty("conflicts", inTheWay);
        return e;
    }

    /**
     * A recurring rule some of whose occurrences overlap stored slots (or each other) without an override: nothing
     * was stored. {@code occurrences} lists each refused occurrence with the slots in its way.
     */
    static ScheduleException recurrenceOverlaps(String detail, List<?> occurrences) {
        var e = new ScheduleException(HttpStatus.CONFLICT, "Slots overlap", detail, "startTime");
        e.getBody().setProperty("occurrences", occurrences);
        return e;
    }

    /** 409: the thing is still used (a programme with slots). */
    static ScheduleException inUse(String detail) {
        return new ScheduleException(HttpStatus.CONFLICT, "In use", detail, null);
    }

    static ScheduleException stale(long currentVersion) {
        return stale("Slot", currentVersion);
    }

    /** @param what {@code Slot} or {@code Programme} */
    static ScheduleException stale(String what, long currentVersion) {
        var e = new ScheduleException(HttpStatus.PRECONDITION_FAILED, what + " changed since you loaded it",
                "Version " + currentVersion + " is current; nothing was changed. Reload and try again.", "If-Match");
        e.getBody().setProperty("currentVersion", currentVersion);
        e.getHeaders().setETag("\"" + currentVersion + "\"");
        return e;
    }

    /**
     * @param header the {@code If-Match} header, {@code "3"} or {@code W/"3"}
     * @return the version it names
     */
    static long ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw new ScheduleException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "Send the ETag in If-Match so a concurrent change cannot be overwritten.", "If-Match");
        }
        String tag = header.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw invalid("If-Match must be the ETag, e.g. \"3\".", "If-Match");
        }
    }
}
