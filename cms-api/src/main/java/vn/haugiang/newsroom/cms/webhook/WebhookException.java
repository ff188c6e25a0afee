package vn.haugiang.newsroom.cms.webhook;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;

/**
 * A refused webhook request, rendered by Spring MVC as RFC 9457 problem+json; {@code field} names
 * the request field at fault where there is one.
 */
public final class WebhookException extends ErrorResponseException {

    private WebhookException(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    static WebhookException forbidden(String detail) {
        return new WebhookException(HttpStatus.FORBIDDEN, "Not allowed", detail, null);
    }

    /** 404 also for another unit's subscription: its existence is not acknowledged. */
    static WebhookException notFound(UUID id) {
        return new WebhookException(HttpStatus.NOT_FOUND, "Webhook not found",
                "No webhook subscription " + id + " that you may manage.", null);
    }

    static WebhookException invalid(String detail, String field) {
        return new WebhookException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value", detail, field);
    }
}
