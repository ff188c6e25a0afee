package vn.haugiang.newsroom.cms.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.content.ContentException;
import vn.haugiang.newsroom.cms.content.ContentService;
import vn.haugiang.newsroom.cms.content.Item;
import vn.haugiang.newsroom.cms.content.StateChange;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Moves items through the workflow, enforcing who may do what from which state, and writes each
 * step to the audit log (table {@code workflow_event}) in the same transaction as the change.
 */
@Service
public class WorkflowService {

    private final ContentService content;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkflowService(ContentService content, JdbcClient jdbc, Clock clock) {
        this.content = content;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Item apply(CurrentUser user, UUID itemId, long expectedVersion, WorkflowStep step) {
        Item item = content.read(user, itemId);
        WorkflowAction action = step.action();
        if (!WorkflowPolicy.allows(user, item, action)) {
            throw ContentException.forbidden("A " + user.role() + " cannot " + action.code() + " this item.");
        }
        if (!action.startsFrom(item.state())) {
            throw ContentException.conflict("Cannot " + action.code() + " an item that is " + item.state().code() + ".", "action");
        }
        String comment = step.comment() == null || step.comment().isBlank() ? null : VietnameseText.nfc(step.comment().strip());
        if (action.needsComment() && comment == null) {
            throw ContentException.invalid("Say why: " + action.code() + " needs a comment.", "comment");
        }
        Instant publishAt = item.publishAt();
        if (action == WorkflowAction.SCHEDULE) {
            if (step.publishAt() == null || !step.publishAt().isAfter(clock.instant())) {
                throw ContentException.invalid("Scheduling needs a publishAt in the future.", "publishAt");
            }
            publishAt = step.publishAt();
        } else if (action == WorkflowAction.PUBLISH) {
            // "Publish now" also on a scheduled item: deliveries fall due at publishAt.
            publishAt = clock.instant();
        } else if (action == WorkflowAction.UNSCHEDULE) {
            publishAt = null;
        }
        if (action == WorkflowAction.CORRECT && step.correctedContent() == null) {
            throw ContentException.invalid("A correction needs the corrected content.", "correctedContent");
        }
        var change = new StateChange(action.to(), action.eventType(), publishAt,
                action == WorkflowAction.TAKE_DOWN ? comment : null,
                action == WorkflowAction.CORRECT ? step.correctedContent() : null);
        Item next = content.changeState(user, itemId, expectedVersion, change);
        jdbc.sql("""
                INSERT INTO workflow_event (item_id, action, from_state, to_state, actor, comment)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(itemId, action.code(), item.state().code(), next.state().code(), user.id(), comment)
                .update();
        return next;
    }

    /** The audit log of an item, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(CurrentUser user, UUID itemId) {
        content.read(user, itemId);
        return jdbc.sql("""
                SELECT e.action, e.from_state, e.to_state, u.username, e.comment, e.occurred_at
                FROM workflow_event e JOIN app_user u ON u.id = e.actor
                WHERE e.item_id = ? ORDER BY e.id
                """)
                .param(itemId)
                .query((rs, n) -> new AuditEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One step of the audit log: who did what, when (UTC), from which state to which, and why. */
    public record AuditEntry(String action, String from, String to, String actor, @org.jspecify.annotations.Nullable String comment,
            Instant at) {
    }
}
