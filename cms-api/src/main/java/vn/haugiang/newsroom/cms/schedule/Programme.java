package vn.haugiang.newsroom.cms.schedule;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A show or series of a unit (table {@code programme}); slots put its episodes on air and take their default
 * genre and rating from it. {@code version} is its ETag.
 *
 * @param id      the id
 * @param unitId  the unit that produces it
 * @param title   its title (NFC, whitespace runs collapsed)
 * @param genre   its genre, e.g. {@code Thời sự}, or {@code null}
 * @param rating  its age rating, e.g. {@code T13}, or {@code null}
 * @param version 1 when created, one more per change
 */
public record Programme(UUID id, String unitId, String title, @Nullable String genre, @Nullable String rating,
        long version) {
}
