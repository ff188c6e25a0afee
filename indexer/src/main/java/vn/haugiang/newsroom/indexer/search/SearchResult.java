package vn.haugiang.newsroom.indexer.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of hits.
 *
 * @param total exact number of matching items
 * @param hits this page's hits, in the requested order
 * @param facets per field ({@code unit}, {@code type}, {@code state}, {@code planTasks},
 *     {@code column}): value and number of matching items, most frequent first
 * @param searchAfter opaque cursor for the next page, null when this page is the last
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Facet>> facets, @Nullable String searchAfter) {

    /**
     * A matching item.
     *
     * @param highlights per field ({@code headline}, {@code standfirst}, {@code body}): fragments of
     *     the indexed (NFC) text, HTML-escaped, with {@code <em>} around each match
     * @param updatedAt last change, ISO-8601 UTC
     * @param firstPublishedAt first publication, ISO-8601 UTC, or null
     */
    public record Hit(String id, String unit, String unitName, String type, String state, @Nullable String column,
            String headline, @Nullable String standfirst, String updatedAt, @Nullable String firstPublishedAt,
            @Nullable Double score, Map<String, List<String>> highlights) {
    }

    /** A facet value and how many matching items have it. */
    public record Facet(String value, long count) {
    }
}
