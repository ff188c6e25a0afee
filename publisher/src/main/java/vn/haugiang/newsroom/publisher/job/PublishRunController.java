package vn.haugiang.newsroom.publisher.job;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/publish/run}: plans the new outbox events, then sends one batch of due web
 * deliveries, and answers with the counts.
 *
 * <p>No authentication yet: the publisher's port must stay on the internal network until it has one.
 */
@RestController
class PublishRunController {

    private final OutboxPlanning planning;
    private final WebPublishing publishing;
    private final PublishingProperties properties;

    PublishRunController(OutboxPlanning planning, WebPublishing publishing, PublishingProperties properties) {
        this.planning = planning;
        this.publishing = publishing;
        this.properties = properties;
    }

    @PostMapping("/api/publish/run")
    PublishRun run() {
        int planned = planning.planNewEvents();
        WebPublishing.Published published = publishing.publish(properties.instanceIdOrDefault(), properties.claimLimit());
        return new PublishRun(planned, published.delivered(), published.failed());
    }

    /**
     * @param planned   outbox events handled (re-read ones included)
     * @param delivered web deliveries delivered
     * @param failed    web deliveries that failed (retryable or permanent)
     */
    record PublishRun(int planned, int delivered, int failed) {
    }
}
