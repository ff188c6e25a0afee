package vn.haugiang.newsroom.cms.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.model.ItemState;
import vn.haugiang.newsroom.outbox.Outbox;
import vn.haugiang.newsroom.outbox.OutboxEvent;

/**
 * Items: create, save (every save is a revision), read, restore, and the state changes the
 * workflow decides. Each committed change writes exactly one outbox row in its own transaction.
 */
@Service
public class ContentService {

    private static final int MAX_SLUG_ATTEMPTS = 50;

    private final ItemStore items;
    private final Revisions revisions;
    private final DraftNormalizer normalizer;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    ContentService(ItemStore items, Revisions revisions, DraftNormalizer normalizer, Outbox outbox, JsonMapper json,
            Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.normalizer = normalizer;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Creates a draft in the user's unit (a system admin may name another). */
    @Transactional
    public SavedItem create(CurrentUser user, ItemDraft draft) {
        String unit = creationUnit(user, draft);
        var normalized = normalizer.normalize(draft, unit, null);
        Instant now = clock.instant();
        var item = new Item(UUID.randomUUID(), unit, draft.type(), normalized.genre(), ItemState.DRAFT, 1, 1,
                normalized.content(), null, null, null, user.id(), now, now);
        // A slug the editor chose must be free; one derived from the headline takes the next
        // free "-2", "-3", ... as newsrooms expect when two stories share a headline.
        for (int attempt = 2; !items.insert(item); attempt++) {
            if (draft.slug() != null || attempt > MAX_SLUG_ATTEMPTS) {
                throw ContentException.conflict("Slug '" + item.content().slug() + "' is already used in this unit.", "slug");
            }
            item = item.withSlug(Slugs.numbered(normalized.content().slug(), attempt));
        }
        revisions.insert(item.id(), 1, item.content(), user.id(), now);
        publishEvent(item, "ItemCreated");
        return new SavedItem(item, normalized.removedHtml());
    }

    /**
     * Refuses, as {@link #create} would, a draft this user may not create (role, unit, column,
     * media, plan tasks), without storing anything: for callers with side effects to do first.
     */
    @Transactional(readOnly = true)
    public void checkCreate(CurrentUser user, ItemDraft draft) {
        normalizer.normalize(draft, creationUnit(user, draft), null);
    }

    private static String creationUnit(CurrentUser user, ItemDraft draft) {
        if (!ItemAccess.canCreate(user, draft.type())) {
            throw ContentException.forbidden("A " + user.role() + " cannot create " + draft.type().code() + " items.");
        }
        String unit = draft.unit() == null || user.role() != Role.SYSTEM_ADMIN ? user.unitId() : draft.unit();
        if (draft.unit() != null && !draft.unit().equals(unit)) {
            throw ContentException.forbidden("You can only create items in your own unit (" + user.unitId() + ").");
        }
        return unit;
    }

    /** Saves new content over version {@code expectedVersion}; a stale version gets 412 and changes nothing. */
    @Transactional
    public SavedItem update(CurrentUser user, UUID id, long expectedVersion, ItemDraft draft) {
        Item current = read(user, id);
        if (!ItemAccess.canEdit(user, current)) {
            throw ContentException.forbidden("Your role cannot edit this item in state " + current.state().code() + ".");
        }
        if (!ItemAccess.EDITABLE.contains(current.state())) {
            throw ContentException.conflict("A " + current.state().code()
                    + " item changes through the workflow (the 'correct' action), not by saving.", null);
        }
        if (draft.type() != current.type()) {
            throw ContentException.invalid("The type of an item cannot change.", "type");
        }
        var normalized = normalizer.normalize(draft, current.unitId(), current.content().slug());
        Item saved = save(user, current, expectedVersion, normalized.content(), normalized.genre(), "ItemUpdated");
        return new SavedItem(saved, normalized.removedHtml());
    }

    /** Brings back revision {@code number}'s content as a new revision. */
    @Transactional
    public SavedItem restore(CurrentUser user, UUID id, long expectedVersion, int number) {
        Item current = read(user, id);
        if (!ItemAccess.canEdit(user, current) || !ItemAccess.EDITABLE.contains(current.state())) {
            throw ContentException.forbidden("Your role cannot restore this item in state " + current.state().code() + ".");
        }
        Revision old = revisions.find(id, number)
                .orElseThrow(() -> ContentException.invalid("Item has no revision " + number + ".", "revision"));
        return new SavedItem(save(user, current, expectedVersion, old.content(), current.genre(), "ItemRestored"), List.of());
    }

    /** The item, if {@code user} may read it; otherwise 404 (other units' drafts are not even acknowledged). */
    @Transactional(readOnly = true)
    public Item read(CurrentUser user, UUID id) {
        return items.find(id).filter(item -> ItemAccess.canRead(user, item))
                .orElseThrow(() -> ContentException.notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(CurrentUser user, UUID id) {
        read(user, id);
        return revisions.list(id);
    }

    @Transactional(readOnly = true)
    public RevisionDiff diff(CurrentUser user, UUID id, int from, int to) {
        read(user, id);
        Revision a = revisions.find(id, from).orElseThrow(() -> ContentException.invalid("No revision " + from, "from"));
        Revision b = revisions.find(id, to).orElseThrow(() -> ContentException.invalid("No revision " + to, "to"));
        return RevisionDiff.between(a, b);
    }

    /**
     * Applies a workflow step decided by the workflow's rules: new state and fields, and for a
     * correction new content, in one transaction with one outbox row named {@code eventType}.
     */
    @Transactional
    public Item changeState(CurrentUser user, UUID id, long expectedVersion, StateChange change) {
        Item current = read(user, id);
        Instant now = clock.instant();
        ItemContent content = current.content();
        int revision = current.revision();
        if (change.correctedContent() != null) {
            var normalized = normalizer.normalize(change.correctedContent(), current.unitId(), current.content().slug());
            content = normalized.content();
            revision++;
        }
        Instant firstPublished = current.firstPublishedAt() == null && change.to().isLive() ? now : current.firstPublishedAt();
        var next = new Item(current.id(), current.unitId(), current.type(), current.genre(), change.to(),
                current.version() + 1, revision, content, change.publishAt(), firstPublished,
                change.to() == ItemState.TAKEN_DOWN ? change.reason() : current.takedownReason(),
                current.createdBy(), current.createdAt(), now);
        if (!items.update(next, expectedVersion)) {
            throw ContentException.stale(current);
        }
        if (revision != current.revision()) {
            revisions.insert(id, revision, content, user.id(), now);
        }
        publishEvent(next, change.eventType());
        return next;
    }

    private Item save(CurrentUser user, Item current, long expectedVersion, ItemContent content, @Nullable String genre,
            String eventType) {
        Instant now = clock.instant();
        var next = new Item(current.id(), current.unitId(), current.type(), genre, current.state(),
                current.version() + 1, current.revision() + 1, content, current.publishAt(),
                current.firstPublishedAt(), current.takedownReason(), current.createdBy(), current.createdAt(), now);
        try {
            if (current.version() != expectedVersion || !items.update(next, expectedVersion)) {
                throw ContentException.stale(items.find(current.id()).orElse(current));
            }
        } catch (DuplicateKeyException e) {
            throw ContentException.conflict("Slug '" + content.slug() + "' is already used in this unit.", "slug");
        }
        revisions.insert(next.id(), next.revision(), content, user.id(), now);
        publishEvent(next, eventType);
        return next;
    }

    private void publishEvent(Item item, String eventType) {
        var payload = Map.of("id", item.id().toString(), "unit", item.unitId(), "type", item.type().code(),
                "state", item.state().code(), "version", item.version(), "revision", item.revision());
        outbox.append(new OutboxEvent("item", item.id().toString(), item.version(), eventType,
                json.writeValueAsString(payload)));
    }
}
