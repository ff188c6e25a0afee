package vn.haugiang.newsroom.cms.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code /api/webhooks}: create (201, the secret answered this once), list, read and delete
 * subscriptions; {@code /api/webhooks/{id}/deliveries}: what was sent and how it went.
 */
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    ResponseEntity<WebhookSubscription.Created> create(@Valid @RequestBody WebhookSubscription.Request request) {
        var created = webhooks.create(CurrentUser.get(), request);
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.subscription().id())).body(created);
    }

    @GetMapping
    List<WebhookSubscription> list(@RequestParam(required = false) @Nullable String unit) {
        return webhooks.list(CurrentUser.get(), unit);
    }

    @GetMapping("/{id}")
    WebhookSubscription get(@PathVariable UUID id) {
        return webhooks.get(CurrentUser.get(), id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        webhooks.delete(CurrentUser.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return webhooks.deliveries(CurrentUser.get(), id, limit);
    }
}
