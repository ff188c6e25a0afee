package vn.haugiang.newsroom.cms.content;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;

/**
 * A refused content operation, rendered by Spring MVC as RFC 9457 problem+json; {@code field}
 * names the request field at fault where there is one.
 */
public final class ContentException extends ErrorResponseException {

    private ContentException(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    public static ContentException notFound(UUID id) {
        return new ContentException(HttpStatus.NOT_FOUND, "Item not found", "No item " + id + " that you may read.", null);
    }

    public static ContentException stale(Item current) {
        var e = new ContentException(HttpStatus.PRECONDITION_FAILED, "Item changed since you loaded it",
                "Someone saved version " + current.version() + " after the version you edited; nothing was overwritten."
                        + " Reload, merge your changes and save again.", "If-Match");
        e.getBody().setProperty("currentVersion", current.version());
        e.getHeaders().setETag(current.etag());
        return e;
    }

    public static ContentException versionRequired() {
        return new ContentException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                "Send the item's ETag in If-Match so a concurrent save cannot be overwritten.", "If-Match");
    }

    public static ContentException forbidden(String detail) {
        return new ContentException(HttpStatus.FORBIDDEN, "Not allowed", detail, null);
    }

    public static ContentException conflict(String detail, @Nullable String field) {
        return new ContentException(HttpStatus.CONFLICT, "Conflict", detail, field);
    }

    public static ContentException invalid(String detail, String field) {
        return new ContentException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value", detail, field);
    }
}
