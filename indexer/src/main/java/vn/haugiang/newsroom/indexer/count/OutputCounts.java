package vn.haugiang.newsroom.indexer.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import vn.haugiang.newsroom.indexer.indexing.PublicationIndexProperties;

/**
 * Counts publications exactly over the publications alias (read-only).
 *
 * <p>Exact, never approximate: one composite aggregation whose sources are the requested keys, the
 * period, and last the item id, paged with {@code after_key} to the end; each run of buckets with
 * the same keys folds into one row, {@code outputs} the sum of their document counts and
 * {@code items} the number of their non-null item ids. A multi-valued plan-task field gives one
 * bucket per task, so an item with two tasks counts under each; a missing value is a null key
 * ({@code missing_bucket}). No terms or cardinality aggregation is involved.
 *
 * <p>Errors: a failure to reach Elasticsearch is an {@link UncheckedIOException}.
 */
@Service
public class OutputCounts {

    static final String ITEM = "item";
    /**
     * Buckets per composite page. Without index sorting every page reads all matching documents again,
     * so few large pages beat many small ones (a yearly report over 200,000 outputs: 1,000 → 10,000 cut
     * its latency, see docs/benchmarks.md); 10,000 stays far below {@code search.max_buckets} (65,536).
     */
    private static final int PAGE = 10_000;

    private final ElasticsearchClient elasticsearch;
    private final JdbcClient jdbc;
    private final String alias;

    OutputCounts(ElasticsearchClient elasticsearch, JdbcClient jdbc, PublicationIndexProperties properties) {
        this.elasticsearch = elasticsearch;
        this.jdbc = jdbc;
        this.alias = properties.alias();
    }

    public OutputCountResult count(OutputCountQuery query) {
        return new OutputCountResult(rows(query), totals(OutputCountFilter.of(query)));
    }

    /**
     * The rows of {@link #count} without its totals (two more passes over the period), for callers that
     * sum what they need themselves.
     */
    public List<Map<String, Object>> rows(OutputCountQuery query) {
        Query filter = OutputCountFilter.of(query);
        List<NamedValue<CompositeAggregationSource>> sources = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (query.groupBy().contains(dimension)) {
                sources.add(terms(dimension.key(), dimension.field()));
            }
        }
        if (query.interval() != null) {
            sources.add(terms("period", query.interval().field()));
        }
        sources.add(terms(ITEM, ITEM));
        Map<List<Object>, long[]> groups = new LinkedHashMap<>();
        List<String> keys = sources.stream().map(NamedValue::name).toList().subList(0, sources.size() - 1);
        forEachBucket(filter, sources, bucket -> {
            List<Object> group = new ArrayList<>();
            for (String key : keys) {
                group.add(value(bucket.key().get(key)));
            }
            long[] counts = groups.computeIfAbsent(group, g -> new long[2]);
            counts[0] += bucket.docCount();
            if (value(bucket.key().get(ITEM)) != null) {
                counts[1]++;
            }
        });
        Map<String, String> unitNames = query.groupBy().contains(Dimension.UNIT) ? unitNames() : Map.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((group, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), group.get(i));
                if (keys.get(i).equals(Dimension.UNIT.key())) {
                    row.put("unitName", unitNames.get((String) group.get(i)));
                }
            }
            row.put("outputs", counts[0]);
            row.put("items", counts[1]);
            rows.add(row);
        });
        return rows;
    }

    /** The totals of {@link #count} alone: outputs and distinct items of the query's filter, not grouped. */
    public OutputCountResult.Totals totals(OutputCountQuery query) {
        return totals(OutputCountFilter.of(query));
    }

    private OutputCountResult.Totals totals(Query filter) {
        long[] items = new long[1];
        forEachBucket(filter, List.of(terms(ITEM, ITEM)), bucket -> {
            if (value(bucket.key().get(ITEM)) != null) {
                items[0]++;
            }
        });
        try {
            long outputs = elasticsearch.count(c -> c.index(alias).query(filter)).count();
            return new OutputCountResult.Totals(outputs, items[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("count of " + alias + " failed", e);
        }
    }

    private void forEachBucket(Query filter, List<NamedValue<CompositeAggregationSource>> sources,
            Consumer<CompositeBucket> consumer) {
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response;
            try {
                response = elasticsearch.search(s -> s
                        .index(alias)
                        .size(0)
                        .query(filter)
                        .aggregations("groups", a -> a.composite(c -> {
                            c.size(PAGE).sources(sources);
                            return from == null ? c : c.after(from);
                        })), Void.class);
            } catch (IOException e) {
                throw new UncheckedIOException("count of " + alias + " failed", e);
            }
            CompositeAggregate groups = response.aggregations().get("groups").composite();
            groups.buckets().array().forEach(consumer);
            after = groups.buckets().array().isEmpty() ? null : groups.afterKey();
        } while (after != null && !after.isEmpty());
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM unit").query((rs, row) -> names.put(rs.getString("id"), rs.getString("name")))
                .list();
        return names;
    }

    private static NamedValue<CompositeAggregationSource> terms(String name, String field) {
        return NamedValue.of(name, CompositeAggregationSource.of(s -> s.terms(t -> t.field(field).missingBucket(true))));
    }

    private static @Nullable Object value(@Nullable FieldValue value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isLong()) {
            return value.longValue();
        }
        return value.isString() ? value.stringValue() : value._get();
    }
}
