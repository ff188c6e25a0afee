package vn.haugiang.newsroom.cms.access;

import java.util.UUID;

/** A user of the local store; the password hash never leaves this package. */
public record UserAccount(UUID id, String username, String displayName, Role role, String unitId) {
}
