package vn.haugiang.newsroom.cms.workflow;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.content.IfMatch;
import vn.haugiang.newsroom.cms.content.Item;

/** {@code POST /api/items/{id}/workflow} takes a step (If-Match required); {@code GET .../history} reads the audit log. */
@RestController
class WorkflowController {

    private final WorkflowService workflow;

    WorkflowController(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/items/{id}/workflow")
    ResponseEntity<Item> step(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody WorkflowStep step) {
        Item item = workflow.apply(CurrentUser.get(), id, IfMatch.version(ifMatch), step);
        return ResponseEntity.ok().eTag(item.etag()).body(item);
    }

    @GetMapping("/api/items/{id}/history")
    List<WorkflowService.AuditEntry> history(@PathVariable UUID id) {
        return workflow.history(CurrentUser.get(), id);
    }
}
