package vn.haugiang.newsroom.cms.schedule;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.outbox.Outbox;
import vn.haugiang.newsroom.outbox.OutboxEvent;

/**
 * One outbox row (aggregate type {@code slot}) per committed slot change, in the change's transaction, for the
 * publisher's EPG job and the indexer's output count. Consumers key on (slot id, version): a deletion carries
 * the version after the last one, so it is never mistaken for a replay.
 */
@Component
class SlotEvents {

    static final String AGGREGATE = "slot";

    private final Outbox outbox;
    private final JsonMapper json;

    SlotEvents(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * @param eventType {@code SlotCreated}, {@code SlotUpdated}, {@code SlotImported} or {@code SlotDeleted}
     * @param slot      the slot after the change (for a deletion: as deleted, with the deletion's version)
     */
    void record(String eventType, Slot slot, BroadcastChannel channel) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", slot.id().toString());
        payload.put("channel", channel.id());
        payload.put("unit", channel.unitId());
        payload.put("title", slot.title());
        payload.put("start", slot.start().toString());
        payload.put("stop", slot.stop().toString());
        payload.put("live", slot.live());
        payload.put("genre", slot.genre());
        payload.put("itemId", slot.itemId() == null ? null : slot.itemId().toString());
        payload.put("overridden", slot.overrideReason() != null);
        payload.put("version", slot.version());
        outbox.append(new OutboxEvent(AGGREGATE, slot.id().toString(), slot.version(), eventType,
                json.writeValueAsString(payload)));
    }
}
