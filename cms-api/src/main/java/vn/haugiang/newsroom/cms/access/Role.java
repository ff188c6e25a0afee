package vn.haugiang.newsroom.cms.access;

/**
 * What a user may do. Everyone acts within their own unit, except the analyst, who reads the
 * published output of every unit, and the system admin.
 */
public enum Role {
    /** Writes and submits their own drafts. */
    REPORTER,
    /** Edits, approves, schedules, publishes, corrects and takes down the unit's items. */
    EDITOR,
    /** An editor with the last word; same rights as {@link #EDITOR} here. */
    EDITOR_IN_CHIEF,
    /** Builds programme segments and schedules; moves programme segments through the workflow. */
    PRODUCER,
    /** Manages the unit's columns and users; archives. */
    UNIT_ADMIN,
    /** Department of Information and Communications staff: reads and counts published output of all units, edits nothing. */
    ANALYST,
    /** Manages units and everything else. */
    SYSTEM_ADMIN;

    public boolean isEditor() {
        return this == EDITOR || this == EDITOR_IN_CHIEF;
    }
}
