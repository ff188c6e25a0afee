package vn.haugiang.newsroom.cms.media;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.outbox.Outbox;
import vn.haugiang.newsroom.outbox.OutboxEvent;

/**
 * The media library's outbox rows (aggregate type {@code media}): {@code MediaCreated} (version 1),
 * {@code MediaPublished} and {@code MediaDeleted}, one per change, in the change's transaction.
 * The payload names the objects so consumers (the publisher, the indexer) need not read the table.
 */
@Component
class MediaEvents {

    static final String AGGREGATE = "media";

    private final Outbox outbox;
    private final JsonMapper json;

    MediaEvents(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    void created(Media media) {
        append(media, media.version(), "MediaCreated");
    }

    void published(Media media, long version, String publicUrl) {
        Map<String, Object> payload = payload(media);
        payload.put("publicUrl", publicUrl);
        outbox.append(new OutboxEvent(AGGREGATE, media.id().toString(), version, "MediaPublished",
                json.writeValueAsString(payload)));
    }

    void deleted(Media media, long lastVersion) {
        append(media, lastVersion + 1, "MediaDeleted");
    }

    private void append(Media media, long version, String type) {
        outbox.append(new OutboxEvent(AGGREGATE, media.id().toString(), version, type,
                json.writeValueAsString(payload(media))));
    }

    private static Map<String, Object> payload(Media media) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", media.id().toString());
        payload.put("unit", media.unitId());
        payload.put("kind", media.kind().code());
        payload.put("contentType", media.contentType());
        payload.put("key", media.key());
        payload.put("publicKeys", media.publicKeys());
        payload.put("sha256", media.sha256());
        payload.put("size", media.size());
        return payload;
    }
}
