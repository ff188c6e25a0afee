package vn.haugiang.newsroom.indexer.count;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** The filter of an {@link OutputCountQuery}: local-date range (inclusive), units, plan tasks, live. */
final class OutputCountFilter {

    private OutputCountFilter() {
    }

    static Query of(OutputCountQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("localDate");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            }))));
        }
        terms(filters, "unit", query.units());
        terms(filters, "planTasks", query.planTasks());
        if (query.live() != null) {
            boolean live = query.live();
            filters.add(Query.of(q -> q.term(t -> t.field("live").value(live))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }
}
