package vn.haugiang.newsroom.cms.schedule;

import java.util.Set;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;

/**
 * Who may read and write a channel's schedule: the channel's unit reads it (and the Department's analysts,
 * who count aired output of every unit); its producers and editors write it, and the system admin.
 */
final class ChannelAccess {

    private static final Set<Role> WRITERS = Set.of(Role.PRODUCER, Role.EDITOR, Role.EDITOR_IN_CHIEF,
            Role.SYSTEM_ADMIN);

    private ChannelAccess() {
    }

    static boolean canRead(CurrentUser user, BroadcastChannel channel) {
        return canReadUnit(user, channel.unitId());
    }

    static boolean canWrite(CurrentUser user, BroadcastChannel channel) {
        return canWriteUnit(user, channel.unitId());
    }

    /** The same rule for a unit's programmes (shows and series). */
    static boolean canReadUnit(CurrentUser user, String unitId) {
        return user.belongsTo(unitId) || user.readsPublishedOutputOfEveryUnit();
    }

    static boolean canWriteUnit(CurrentUser user, String unitId) {
        return user.belongsTo(unitId) && WRITERS.contains(user.role());
    }
}
