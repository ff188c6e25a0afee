package vn.haugiang.newsroom.cms.workflow;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.haugiang.newsroom.model.ItemState;

import static vn.haugiang.newsroom.model.ItemState.APPROVED;
import static vn.haugiang.newsroom.model.ItemState.ARCHIVED;
import static vn.haugiang.newsroom.model.ItemState.CORRECTED;
import static vn.haugiang.newsroom.model.ItemState.DRAFT;
import static vn.haugiang.newsroom.model.ItemState.PUBLISHED;
import static vn.haugiang.newsroom.model.ItemState.SCHEDULED;
import static vn.haugiang.newsroom.model.ItemState.SUBMITTED;
import static vn.haugiang.newsroom.model.ItemState.TAKEN_DOWN;

/**
 * The steps of the editorial workflow: from which states each may be taken, the state it leads
 * to, the outbox event it raises, and whether the editor must say why (comment).
 */
public enum WorkflowAction {
    SUBMIT(Set.of(DRAFT), SUBMITTED, "ItemSubmitted", false),
    RETURN(Set.of(SUBMITTED, APPROVED), DRAFT, "ItemReturned", true),
    APPROVE(Set.of(SUBMITTED), APPROVED, "ItemApproved", false),
    SCHEDULE(Set.of(APPROVED, SCHEDULED), SCHEDULED, "ItemScheduled", false),
    UNSCHEDULE(Set.of(SCHEDULED), APPROVED, "ItemUnscheduled", false),
    PUBLISH(Set.of(APPROVED, SCHEDULED), PUBLISHED, "ItemPublished", false),
    CORRECT(Set.of(PUBLISHED, CORRECTED), CORRECTED, "ItemCorrected", true),
    TAKE_DOWN(Set.of(PUBLISHED, CORRECTED), TAKEN_DOWN, "ItemTakenDown", true),
    ARCHIVE(Set.of(PUBLISHED, CORRECTED, TAKEN_DOWN), ARCHIVED, "ItemArchived", false);

    private final Set<ItemState> from;
    private final ItemState to;
    private final String eventType;
    private final boolean needsComment;

    WorkflowAction(Set<ItemState> from, ItemState to, String eventType, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.eventType = eventType;
        this.needsComment = needsComment;
    }

    public boolean startsFrom(ItemState state) {
        return from.contains(state);
    }

    public ItemState to() {
        return to;
    }

    String eventType() {
        return eventType;
    }

    boolean needsComment() {
        return needsComment;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WorkflowAction ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
