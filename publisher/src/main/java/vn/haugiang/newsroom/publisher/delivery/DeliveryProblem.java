package vn.haugiang.newsroom.publisher.delivery;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.publisher.Problems;

/**
 * A refused deliveries API request, rendered by Spring MVC as RFC 9457 problem+json with
 * {@code field} naming the request input at fault where there is one.
 */
final class DeliveryProblem extends ErrorResponseException {

    private DeliveryProblem(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    static DeliveryProblem notFound(UUID id) {
        return new DeliveryProblem(HttpStatus.NOT_FOUND, "Delivery not found", "No delivery " + id + ".", null);
    }

    /** The delivery is in a state the action does not apply to; {@code currentState} tells which. */
    static DeliveryProblem wrongState(UUID id, DeliveryState current, String action, String allowed) {
        var problem = new DeliveryProblem(HttpStatus.CONFLICT, "Delivery cannot be " + action,
                "Delivery " + id + " is " + current.code() + "; only " + allowed + " deliveries can be " + action + ".",
                null);
        problem.getBody().setProperty("currentState", current.code());
        return problem;
    }

    static DeliveryProblem unconfirmedUnknown(UUID id) {
        return new DeliveryProblem(HttpStatus.CONFLICT, "Confirmation required",
                "Delivery " + id + " is unknown: it may already be out. Check the channel, then retry with "
                        + "{\"confirmNotSent\": true} if it is not there.", "confirmNotSent");
    }

    static DeliveryProblem invalid(String detail, String field) {
        return new DeliveryProblem(HttpStatus.BAD_REQUEST, "Invalid value", detail, field);
    }
}
