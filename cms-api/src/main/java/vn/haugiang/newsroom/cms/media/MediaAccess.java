package vn.haugiang.newsroom.cms.media;

import java.util.EnumSet;
import java.util.Set;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;

/**
 * Who may do what with media. Whoever may create items in a unit uploads to it; unit admins and
 * analysts only read. A unit's unpublished media are invisible to other units (404); published
 * media are public anyway, so every signed-in user may read them.
 */
final class MediaAccess {

    private static final Set<Role> UPLOADERS = EnumSet.of(Role.REPORTER, Role.EDITOR, Role.EDITOR_IN_CHIEF,
            Role.PRODUCER, Role.SYSTEM_ADMIN);
    private static final Set<Role> PUBLISHERS = EnumSet.of(Role.EDITOR, Role.EDITOR_IN_CHIEF, Role.PRODUCER,
            Role.SYSTEM_ADMIN);

    private MediaAccess() {
    }

    static boolean canUpload(CurrentUser user) {
        return UPLOADERS.contains(user.role());
    }

    static boolean canRead(CurrentUser user, Media media) {
        return user.belongsTo(media.unitId()) || media.published();
    }

    /** The original (which may carry EXIF and GPS) and the private metadata stay within the unit. */
    static boolean seesPrivate(CurrentUser user, Media media) {
        return user.belongsTo(media.unitId());
    }

    static boolean canPublish(CurrentUser user, Media media) {
        return user.belongsTo(media.unitId()) && PUBLISHERS.contains(user.role());
    }

    /** A reporter deletes only their own uploads; the unit's other uploaders any of the unit's. */
    static boolean canDelete(CurrentUser user, Media media) {
        if (!user.belongsTo(media.unitId()) || !canUpload(user)) {
            return false;
        }
        return user.role() != Role.REPORTER || media.createdBy().equals(user.id());
    }
}
