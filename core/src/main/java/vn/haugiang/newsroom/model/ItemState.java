package vn.haugiang.newsroom.model;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an item is in the editorial workflow: draft → submitted → approved → scheduled →
 * published → corrected / taken down → archived. Stored and exchanged as its lower-case code.
 */
public enum ItemState {
    DRAFT, SUBMITTED, APPROVED, SCHEDULED, PUBLISHED, CORRECTED, TAKEN_DOWN, ARCHIVED;

    /** States in which the item is public output. */
    public static final Set<ItemState> LIVE = Set.of(PUBLISHED, CORRECTED);

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
