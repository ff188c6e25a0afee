package vn.haugiang.newsroom.cms.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.haugiang.newsroom.cms.content.ItemDraft;

/**
 * Body of {@code POST /api/items/{id}/workflow}.
 *
 * @param action e.g. {@code submit}, {@code publish}, {@code take_down}
 * @param comment why; required to return, correct (the correction note shown to readers) and take down
 * @param publishAt when to publish, for {@code schedule} (ISO 8601 instant; must be in the future)
 * @param correctedContent the corrected content, for {@code correct}
 */
public record WorkflowStep(
        @NotNull WorkflowAction action,
        @Nullable @Size(max = 2000) String comment,
        @Nullable Instant publishAt,
        @Nullable @Valid ItemDraft correctedContent) {
}
