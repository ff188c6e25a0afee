package vn.haugiang.newsroom.indexer.indexing;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * Settings and mapping of the content index, version {@link ContentIndexProperties#MAPPING_VERSION}.
 * A change here is a new version: bump the constant and run the rebuild job.
 *
 * <p>Text fields are analysed with {@code vietnamese_folded} (our es-analysis-vi plugin: lower
 * case, no diacritics, đ→d) so "an toan" finds "an toàn"; each has an {@code exact} subfield with
 * the {@code standard} analyzer (lower case, diacritics kept) that ranks accented matches first.
 * Dates are UTC instants. Unknown fields are refused ({@code dynamic: strict}).
 */
final class ContentIndexDefinition {

    static final String FOLDED = "vietnamese_folded";
    static final String EXACT = "standard";

    private ContentIndexDefinition() {
    }

    static IndexSettings settings(int replicas) {
        return IndexSettings.of(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(replicas)));
    }

    static TypeMapping mapping() {
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("id", keyword())
                .properties("unit", keyword())
                .properties("unitName", keyword())
                .properties("type", keyword())
                .properties("genre", keyword())
                .properties("state", keyword())
                .properties("version", Property.of(p -> p.long_(l -> l)))
                .properties("revision", Property.of(p -> p.integer(i -> i)))
                .properties("headline", text())
                .properties("standfirst", text())
                .properties("body", text())
                .properties("column", keyword())
                .properties("columnName", keyword())
                .properties("tags", keyword())
                .properties("planTasks", keyword())
                .properties("updatedAt", date())
                .properties("firstPublishedAt", date()));
    }

    /** Mapping of the {@code indexer-state} index: one document per alias. */
    /** The state field of ids passed without a row ({@link FeedWindow}). */
    static final String GAPS = "gaps";

    static TypeMapping stateMapping() {
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("position", Property.of(p -> p.long_(l -> l)))
                // Ids below the position that had no row when passed (FeedWindow); kept, never searched.
                .properties(GAPS, Property.of(p -> p.long_(l -> l.index(false))))
                .properties("updatedAt", date()));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property text() {
        return Property.of(p -> p.text(t -> t
                .analyzer(FOLDED)
                .fields("exact", f -> f.text(x -> x.analyzer(EXACT)))));
    }

    private static Property date() {
        return Property.of(p -> p.date(d -> d.format("strict_date_optional_time")));
    }
}
