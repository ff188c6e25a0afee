package vn.haugiang.newsroom.indexer.count;

import java.util.List;
import java.util.Map;

/**
 * Exact counts.
 *
 * @param rows one per combination of the requested keys that has publications, in key order:
 *     the requested keys ({@code unit} with {@code unitName}, {@code channelKind}, {@code channel},
 *     {@code contentType}, {@code planTask}, {@code column}, {@code reportingYear}, {@code period};
 *     a key a publication lacks is null), then {@code outputs} (publications) and {@code items}
 *     (distinct items among them; airings linked to no item count as outputs only)
 * @param totals {@code outputs} and {@code items} over everything counted (a publication with two
 *     plan tasks is one output here, though it appears in two planTask rows)
 */
public record OutputCountResult(List<Map<String, Object>> rows, Totals totals) {

    public record Totals(long outputs, long items) {
    }
}
