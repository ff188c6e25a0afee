package vn.haugiang.newsroom.cms.content;

import java.util.Set;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;

/**
 * Who may read, create and edit which items. Everyone works within their own unit; the analyst
 * reads only published output, of every unit, and changes nothing.
 */
final class ItemAccess {

    /** Content may be saved in these states; published items change through the workflow's correct action. */
    static final Set<ItemState> EDITABLE = Set.of(ItemState.DRAFT, ItemState.SUBMITTED, ItemState.APPROVED,
            ItemState.SCHEDULED);

    private static final Set<ContentType> PRODUCER_TYPES = Set.of(ContentType.PROGRAMME_SEGMENT,
            ContentType.VIDEO_CLIP, ContentType.AUDIO_CLIP);

    private ItemAccess() {
    }

    static boolean canRead(CurrentUser user, Item item) {
        if (user.belongsTo(item.unitId())) {
            return true;
        }
        return user.readsPublishedOutputOfEveryUnit() && item.state().isLive();
    }

    static boolean canCreate(CurrentUser user, ContentType type) {
        return switch (user.role()) {
            case REPORTER, EDITOR, EDITOR_IN_CHIEF, SYSTEM_ADMIN -> true;
            case PRODUCER -> PRODUCER_TYPES.contains(type);
            case UNIT_ADMIN, ANALYST -> false;
        };
    }

    /** May {@code user} change {@code item}'s content (not its state)? */
    static boolean canEdit(CurrentUser user, Item item) {
        if (!user.belongsTo(item.unitId())) {
            return false;
        }
        Role role = user.role();
        if (role == Role.REPORTER) {
            return item.createdBy().equals(user.id()) && item.state() == ItemState.DRAFT;
        }
        if (role == Role.PRODUCER) {
            return PRODUCER_TYPES.contains(item.type());
        }
        return role.isEditor() || role == Role.SYSTEM_ADMIN;
    }
}
