package vn.haugiang.newsroom.cms.media;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;

/**
 * A refused media operation, rendered by Spring MVC as RFC 9457 problem+json. {@code field} names
 * the request field at fault where there is one; a refused type also carries {@code detectedType}
 * (from the bytes) and {@code claimedType} (from the client's Content-Type or the file name); a
 * medium still in use carries {@code items}, the ids of the items that use it.
 */
public final class MediaException extends ErrorResponseException {

    private MediaException(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    /** 404, also for another unit's unpublished medium: its existence is not acknowledged. */
    public static MediaException notFound(UUID id) {
        return new MediaException(HttpStatus.NOT_FOUND, "Media not found", "No media " + id + " that you may read.", null);
    }

    static MediaException uploadNotFound(UUID id) {
        return new MediaException(HttpStatus.NOT_FOUND, "Upload not found", "No upload " + id + " of yours.", null);
    }

    static MediaException forbidden(String detail) {
        return new MediaException(HttpStatus.FORBIDDEN, "Not allowed", detail, null);
    }

    static MediaException badRequest(String detail, String field) {
        return new MediaException(HttpStatus.BAD_REQUEST, "Invalid request", detail, field);
    }

    static MediaException tooLarge(String detail, String field) {
        return new MediaException(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", detail, field);
    }

    static MediaException lengthRequired() {
        return new MediaException(HttpStatus.LENGTH_REQUIRED, "Content-Length required",
                "Send each part with a Content-Length header: S3 needs the size of a part before it starts.", null);
    }

    /** 415 naming both types, e.g. a PDF sent as {@code photo.jpg}. */
    static MediaException unsupportedType(String detail, String detectedType, @Nullable String claimedType) {
        var e = new MediaException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, "file");
        e.getBody().setProperty("detectedType", detectedType);
        e.getBody().setProperty("claimedType", claimedType == null ? "unknown" : claimedType);
        return e;
    }

    /** 422: the content has an accepted type but cannot be read (truncated, damaged, encrypted, too slow). */
    static MediaException unreadable(String detail, String detectedType) {
        var e = new MediaException(HttpStatus.UNPROCESSABLE_CONTENT, "The file cannot be read", detail, "file");
        e.getBody().setProperty("detectedType", detectedType);
        return e;
    }

    static MediaException invalid(String detail, String field) {
        return new MediaException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value", detail, field);
    }

    static MediaException inUse(UUID id, List<UUID> items) {
        var e = new MediaException(HttpStatus.CONFLICT, "Media in use", "Media " + id + " is used by " + items.size()
                + " item(s) (in the body or as featured media); remove it from them first.", null);
        e.getBody().setProperty("items", items);
        return e;
    }

    static MediaException conflict(String detail) {
        return new MediaException(HttpStatus.CONFLICT, "Conflict", detail, null);
    }

    static MediaException busy(String detail) {
        var e = new MediaException(HttpStatus.SERVICE_UNAVAILABLE, "Busy", detail, null);
        e.getHeaders().set("Retry-After", "5");
        return e;
    }
}
