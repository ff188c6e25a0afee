package vn.haugiang.newsroom.indexer.search;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A search over the content alias.
 *
 * @param text words to find, folded (case, diacritics, đ→d) so "an toan" finds "an toàn"; accented
 *     matches rank first; {@code "quoted words"} is a phrase; blank matches everything. Normalised
 *     to NFC before use.
 * @param units unit ids (any of), empty for all
 * @param types item types (any of), e.g. {@code article}
 * @param states item states (any of), e.g. {@code published}
 * @param planTasks plan-task codes (any of), e.g. {@code NV1.đ}
 * @param columns column ids (any of)
 * @param from items updated at or after this instant (UTC), or null
 * @param to items updated before this instant (UTC, exclusive), or null
 * @param sort relevance (score, then id) or date (updatedAt newest first, then id)
 * @param searchAfter the {@code searchAfter} cursor of the previous page, or null for the first
 * @param size hits per page, 1–100
 */
public record ContentQuery(
        @Nullable String text,
        List<String> units,
        List<String> types,
        List<String> states,
        List<String> planTasks,
        List<String> columns,
        @Nullable Instant from,
        @Nullable Instant to,
        Sort sort,
        @Nullable String searchAfter,
        int size) {

    /** Order of hits. */
    public enum Sort {
        RELEVANCE, DATE
    }

    public ContentQuery {
        units = List.copyOf(units);
        types = List.copyOf(types);
        states = List.copyOf(states);
        planTasks = List.copyOf(planTasks);
        columns = List.copyOf(columns);
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100, was " + size);
        }
    }

    /** Everything matching {@code text}, by relevance, 20 a page. */
    public static ContentQuery text(String text) {
        return new ContentQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                Sort.RELEVANCE, null, 20);
    }
}
