package vn.haugiang.newsroom.indexer.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Turns a {@link ContentQuery} into Elasticsearch query DSL.
 *
 * <p>The text must match the folded fields with every word (a {@code simple_query_string}, so
 * {@code "..."} is a phrase and bad syntax never fails); the same words on the accent-preserving
 * {@code .exact} subfields only add score, so "Bán đất" ranks "Bán đất" above "Bàn đạt".
 */
final class ContentQueries {

    private static final List<String> FOLDED = List.of("headline^3", "standfirst^2", "body");
    private static final List<String> EXACT = List.of("headline.exact^3", "standfirst.exact^2", "body.exact");

    private ContentQueries() {
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static Query query(ContentQuery query) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "unit", query.units());
        terms(filters, "type", query.types());
        terms(filters, "state", query.states());
        terms(filters, "planTasks", query.planTasks().stream().map(ContentQueries::nfc).toList());
        terms(filters, "column", query.columns());
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("updatedAt");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().toString());
                }
                return d;
            }))));
        }
        String text = query.text() == null ? "" : nfc(query.text()).strip();
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (text.isEmpty()) {
                return b.must(m -> m.matchAll(all -> all));
            }
            return b.must(m -> m.simpleQueryString(s -> s.query(text).fields(FOLDED).defaultOperator(Operator.And)))
                    .should(s -> s.simpleQueryString(e -> e.query(text).fields(EXACT)));
        }));
    }

    static List<SortOptions> sort(ContentQuery.Sort sort) {
        SortOptions first = sort == ContentQuery.Sort.DATE
                ? SortOptions.of(s -> s.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                : SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc)));
        return List.of(first, SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }
}
