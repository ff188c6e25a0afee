package vn.haugiang.newsroom.cms.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;

/**
 * Webhook subscriptions and their delivery history, managed by the unit admins of the unit whose
 * items they hear, and by system admins for any unit. Everyone else gets 403; a subscription of
 * another unit is answered 404. Refusals are {@link WebhookException}s (problem+json).
 *
 * <p>Deliveries are at least once: see the package documentation for the request a receiver gets,
 * its signature and the retry rules.
 */
@Service
public class WebhookService {

    private static final int SECRET_BYTES = 32;
    private static final int MAX_DELIVERIES_LISTED = 200;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final WebhookTargets targets;
    private final SecureRandom random = new SecureRandom();

    WebhookService(Subscriptions subscriptions, Deliveries deliveries, WebhookTargets targets) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
    }

    /**
     * Subscribes {@code request.url()} to the events of a unit's items.
     *
     * @return the subscription with its secret, which is never answered again
     * @throws WebhookException 403 for a caller who is not an admin of that unit, 422 naming the
     *     field for an unusable URL, an unknown unit or event
     */
    @Transactional
    public WebhookSubscription.Created create(CurrentUser user, WebhookSubscription.Request request) {
        requireAdmin(user);
        String unit = request.unit() == null ? user.unitId() : request.unit();
        if (!user.belongsTo(unit)) {
            throw WebhookException.forbidden("You can only subscribe to your own unit (" + user.unitId() + ").");
        }
        if (!subscriptions.unitExists(unit)) {
            throw WebhookException.invalid("No unit '" + unit + "'.", "unit");
        }
        String secret = request.secret() == null ? newSecret() : request.secret();
        String url = checkedUrl(request.url());
        targets.refusal(url).ifPresent(reason -> {
            throw WebhookException.invalid("The URL cannot be a webhook target: " + reason + ".", "url");
        });
        var subscription = subscriptions.insert(UUID.randomUUID(), unit, url,
                checkedEvents(request.events()), secret, user.id());
        return new WebhookSubscription.Created(subscription, secret);
    }

    /** Active subscriptions of the caller's unit; a system admin sees every unit's, or those of {@code unit}. */
    @Transactional(readOnly = true)
    public List<WebhookSubscription> list(CurrentUser user, @Nullable String unit) {
        requireAdmin(user);
        return subscriptions.listActive(user.role() == Role.SYSTEM_ADMIN ? unit : user.unitId());
    }

    /** One subscription, active or deleted. */
    @Transactional(readOnly = true)
    public WebhookSubscription get(CurrentUser user, UUID id) {
        requireAdmin(user);
        return subscriptions.find(id).filter(s -> user.belongsTo(s.unit()))
                .orElseThrow(() -> WebhookException.notFound(id));
    }

    /** Stops a subscription: nothing more is sent, pending deliveries fail, the history stays. Idempotent. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        get(user, id);
        subscriptions.deactivate(id);
    }

    /** The subscription's most recent deliveries (at most {@code limit}, capped at 200), newest first. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(CurrentUser user, UUID id, int limit) {
        get(user, id);
        return deliveries.list(id, Math.max(1, Math.min(limit, MAX_DELIVERIES_LISTED)));
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.UNIT_ADMIN && user.role() != Role.SYSTEM_ADMIN) {
            throw WebhookException.forbidden("Only a unit admin or a system admin manages webhooks; you are "
                    + user.role() + ".");
        }
    }

    // Credentials in the URL would be shown to every admin who lists it and end up in logs;
    // receivers authenticate us by the signature instead.
    static String checkedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw WebhookException.invalid("Not a URL: " + e.getMessage(), "url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw WebhookException.invalid("The URL must be absolute and start with http:// or https://.", "url");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw WebhookException.invalid("The URL has no host name.", "url");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw WebhookException.invalid("The URL must not carry user info or a fragment.", "url");
        }
        return uri.toString();
    }

    static List<String> checkedEvents(@Nullable List<String> events) {
        if (events == null) {
            return WebhookSubscription.EVENTS;
        }
        var checked = new ArrayList<String>();
        for (int i = 0; i < events.size(); i++) {
            if (!WebhookSubscription.EVENTS.contains(events.get(i))) {
                throw WebhookException.invalid("Unknown event '" + events.get(i) + "'; webhooks send "
                        + String.join(", ", WebhookSubscription.EVENTS) + ".", "events[" + i + "]");
            }
            if (!checked.contains(events.get(i))) {
                checked.add(events.get(i));
            }
        }
        return List.copyOf(checked);
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
