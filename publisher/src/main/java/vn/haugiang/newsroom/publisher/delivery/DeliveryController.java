package vn.haugiang.newsroom.publisher.delivery;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.newsroom.publisher.access.Caller;

/**
 * The deliveries API (JSON; errors as RFC 9457 problem+json with {@code field}):
 *
 * <ul>
 * <li>{@code GET /api/deliveries?item=&channel=&state=&cursor=&limit=} → {@code {deliveries: [...],
 * nextCursor}}, newest first; {@code limit} 1–200, default 50; {@code state} a delivery state code
 * ({@code pending}, {@code in_progress}, {@code delivered}, {@code failed_retryable},
 * {@code failed_permanent}, {@code unknown}, {@code cancelled}).</li>
 * <li>{@code GET /api/deliveries/{id}} → the delivery with {@code events}, its change log.</li>
 * <li>{@code POST /api/deliveries/{id}/retry} with an optional body {@code {"confirmNotSent": true}}
 * (required for an {@code unknown} delivery) → the delivery, now {@code pending}.</li>
 * <li>{@code POST /api/deliveries/{id}/cancel} → the delivery, now {@code cancelled}.</li>
 * </ul>
 *
 * Who may call what is the security configuration's business (package {@code access}). Within
 * that, a caller sees and acts on the deliveries of their unit's channels (token claim {@code unit});
 * SYSTEM_ADMIN and ANALYST see every unit's; others' are 404. The token's subject is logged as the
 * {@code actor} of a retry or cancel.
 */
@RestController
@RequestMapping("/api/deliveries")
@Tag(name = "deliveries", description = "Deliveries (item version × output channel) with their change log; "
        + "retry and cancel.")
class DeliveryController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final DeliveryQueries queries;
    private final DeliveryActions actions;

    DeliveryController(DeliveryQueries queries, DeliveryActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of deliveries, newest first.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A bad item, state, cursor or limit (field says which).")
    DeliveryQueries.DeliveryPage list(@AuthenticationPrincipal Jwt caller,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw DeliveryProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ".", "limit");
        }
        return queries.list(Caller.of(caller).unitScope(), item == null ? null : uuid(item, "item"), blankToNull(channel),
                state == null ? null : state(state), blankToNull(cursor), size);
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The delivery with its change log.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a UUID.")
    @ApiResponse(responseCode = "404", description = "No such delivery, or one of another unit's channels.")
    DeliveryView get(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
        UUID deliveryId = uuid(id, "id");
        return queries.get(Caller.of(caller).unitScope(), deliveryId).orElseThrow(() -> DeliveryProblem.notFound(deliveryId));
    }

    @PostMapping("/{id}/retry")
    @ApiResponse(responseCode = "200", description = "The delivery, now pending.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a UUID.")
    @ApiResponse(responseCode = "404", description = "No such delivery, or one of another unit's channels.")
    @ApiResponse(responseCode = "409", description = "Not retryable in its state (currentState), or an unknown "
            + "delivery without confirmNotSent.")
    DeliveryView retry(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
            @RequestBody(required = false) @Nullable RetryRequest request) {
        UUID deliveryId = uuid(id, "id");
        actions.retry(Caller.of(caller).unitScope(), deliveryId, caller.getSubject(),
                request != null && Boolean.TRUE.equals(request.confirmNotSent()));
        return get(caller, id);
    }

    @PostMapping("/{id}/cancel")
    @ApiResponse(responseCode = "200", description = "The delivery, now cancelled.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a UUID.")
    @ApiResponse(responseCode = "404", description = "No such delivery, or one of another unit's channels.")
    @ApiResponse(responseCode = "409", description = "No longer waiting: not cancellable in its state (currentState).")
    DeliveryView cancel(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
        UUID deliveryId = uuid(id, "id");
        actions.cancel(Caller.of(caller).unitScope(), deliveryId, caller.getSubject());
        return get(caller, id);
    }

    /**
     * @param confirmNotSent the operator checked the channel and the delivery is not there; required
     *                       to retry an {@code unknown} delivery
     */
    record RetryRequest(@Nullable Boolean confirmNotSent) {
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException e) {
            throw DeliveryProblem.invalid("'" + value + "' is not a UUID.", field);
        }
    }

    private static DeliveryState state(String value) {
        try {
            return DeliveryState.ofCode(value);
        }
        catch (IllegalArgumentException e) {
            throw DeliveryProblem.invalid("'" + value + "' is not a delivery state.", "state");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
