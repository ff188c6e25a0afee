package vn.haugiang.newsroom.cms.bundle;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.bundle.BundleManifest.ItemSettings;
import vn.haugiang.newsroom.cms.content.Item;
import vn.haugiang.newsroom.cms.workflow.WorkflowAction;
import vn.haugiang.newsroom.cms.workflow.WorkflowService;
import vn.haugiang.newsroom.cms.workflow.WorkflowStep;

/**
 * Moves an imported item as far through the workflow as its settings say, through
 * {@link WorkflowService} (audit log and outbox as for any editor). An archived item is published
 * and then back-dated in SQL to its ninjs {@code firstCreated}: {@code first_published_at},
 * {@code publish_at} and its workflow events, so that its output counts in the period it happened,
 * with its deliveries recorded as done then (see {@link ItemChannels}). All in one transaction,
 * committed with the outbox rows: consumers never see a half-imported item.
 */
@Component
class ItemWorkflow {

    /** The values of {@code action} in a bundle's item settings. */
    static final java.util.Set<String> ACTIONS = java.util.Set.of("draft", "submit", "approve", "schedule", "publish");

    private final WorkflowService workflow;
    private final ItemChannels channels;
    private final JdbcClient jdbc;
    private final Clock clock;

    ItemWorkflow(WorkflowService workflow, ItemChannels channels, JdbcClient jdbc, Clock clock) {
        this.workflow = workflow;
        this.channels = channels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes every step, records the item's channels and back-dates an archived item, in one transaction. */
    @Transactional
    void advance(CurrentUser user, Item item, ItemSettings settings, @Nullable Instant firstCreated) {
        List<String> listed = settings.channels() == null ? List.of() : settings.channels();
        route(item.id(), item.content().columnId(), settings, listed);
        String action = settings.archived() ? "publish" : settings.actionOrPublish();
        Instant publishAt = settings.publishInstant();
        boolean future = publishAt != null && publishAt.isAfter(clock.instant());
        List<WorkflowAction> steps = switch (action) {
            case "draft" -> List.of();
            case "submit" -> List.of(WorkflowAction.SUBMIT);
            case "approve" -> List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE);
            case "schedule" -> List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE,
                    future ? WorkflowAction.SCHEDULE : WorkflowAction.PUBLISH);
            case "publish" -> List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE, WorkflowAction.PUBLISH);
            default -> throw BundleException.invalid("unknown action '" + action
                    + "' (draft, submit, approve, schedule, publish)");
        };
        long version = item.version();
        for (WorkflowAction step : steps) {
            Instant when = step == WorkflowAction.SCHEDULE ? publishAt : null;
            version = workflow.apply(user, item.id(), version,
                    new WorkflowStep(step, "Nhập từ gói nội dung (bundle import)", when, null)).version();
        }
        if (settings.archived() && firstCreated != null) {
            channels.recordDelivered(item.id(), version, listed, firstCreated);
            var at = OffsetDateTime.ofInstant(firstCreated, ZoneOffset.UTC);
            jdbc.sql("UPDATE item SET first_published_at = ?, publish_at = ? WHERE id = ?")
                    .params(at, at, item.id()).update();
            jdbc.sql("UPDATE workflow_event SET occurred_at = ? WHERE item_id = ?").params(at, item.id()).update();
        }
    }

    /** An archived item goes exactly to its listed channels, any other to its column's defaults too unless excluded. */
    private void route(UUID itemId, @Nullable UUID columnId, ItemSettings settings, List<String> listed) {
        if (settings.archived()) {
            channels.confine(itemId, listed);
        } else {
            channels.choose(itemId, columnId, listed);
        }
    }

    /**
     * For an item imported before: records its channels and, when archived and still as published,
     * its past deliveries, if they are missing (all inserts are {@code ON CONFLICT DO NOTHING}, so
     * an editor's later choices stay, and a second import changes nothing).
     */
    @Transactional
    void reconcile(UUID itemId, ItemSettings settings, @Nullable Instant firstCreated) {
        List<String> listed = settings.channels() == null ? List.of() : settings.channels();
        record Row(long version, String state, @Nullable UUID columnId) {
        }
        Row row = jdbc.sql("SELECT version, state, column_id FROM item WHERE id = ?").param(itemId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .single();
        route(itemId, row.columnId(), settings, listed);
        if (settings.archived() && firstCreated != null && "published".equals(row.state())) {
            channels.recordDelivered(itemId, row.version(), listed, firstCreated);
        }
    }
}
