package vn.haugiang.newsroom.cms.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit's subscription to its items' events, as {@code GET /api/webhooks} shows it: never with
 * its secret.
 *
 * @param id the subscription's id
 * @param unit the unit whose items it hears, e.g. {@code bao-hau-giang}
 * @param url where deliveries are POSTed ({@code http} or {@code https})
 * @param events the event names it hears, some of {@link #EVENTS}
 * @param active {@code false} once deleted: nothing more is sent, the history stays readable
 * @param createdAt when it was created (UTC); it hears events written from then on
 */
public record WebhookSubscription(UUID id, String unit, String url, List<String> events, boolean active,
        Instant createdAt) {

    /** The outbox event types a subscription may hear, in the order they are listed. */
    public static final List<String> EVENTS = List.of("ItemPublished", "ItemCorrected", "ItemTakenDown");

    /**
     * Body of {@code POST /api/webhooks}.
     *
     * @param url an absolute {@code http} or {@code https} URL with a host, without user info or
     *     fragment, at most 2000 characters
     * @param unit the unit to hear; by default the caller's own. Only a system admin may name
     *     another
     * @param events which events to hear, by default all of {@link #EVENTS}
     * @param secret the HMAC key, 16 to 200 characters; by default a random one (256 bits,
     *     base64url). Answered once, in the creation response, never again
     */
    public record Request(
            @NotBlank @Size(max = 2000) String url,
            @Nullable String unit,
            @Nullable @Size(min = 1, max = 3) List<@NotBlank String> events,
            @Nullable @Size(min = 16, max = 200) String secret) {
    }

    /** The answer to creation: the subscription's fields and, this one time, its {@code secret}. */
    public record Created(@JsonUnwrapped WebhookSubscription subscription, String secret) {
    }
}
