package vn.haugiang.newsroom.cms.workflow;

import java.util.Set;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.cms.content.Item;
import vn.haugiang.newsroom.model.ContentType;

/**
 * Who may take which step, always within their own unit: reporters submit their own drafts;
 * editors and editors-in-chief do every step; producers move programme segments and clips;
 * unit admins archive; analysts do nothing.
 */
final class WorkflowPolicy {

    private static final Set<ContentType> PRODUCER_TYPES = Set.of(ContentType.PROGRAMME_SEGMENT,
            ContentType.VIDEO_CLIP, ContentType.AUDIO_CLIP);

    private WorkflowPolicy() {
    }

    static boolean allows(CurrentUser user, Item item, WorkflowAction action) {
        if (!user.belongsTo(item.unitId())) {
            return false;
        }
        Role role = user.role();
        return switch (role) {
            case EDITOR, EDITOR_IN_CHIEF, SYSTEM_ADMIN -> true;
            case PRODUCER -> PRODUCER_TYPES.contains(item.type());
            case REPORTER -> action == WorkflowAction.SUBMIT && item.createdBy().equals(user.id());
            case UNIT_ADMIN -> action == WorkflowAction.ARCHIVE;
            case ANALYST -> false;
        };
    }
}
