package vn.haugiang.newsroom.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import vn.haugiang.newsroom.indexer.indexing.ContentIndexProperties;

/**
 * Searches items through the content alias (read-only): Vietnamese full text, filters, facets,
 * highlights and deep paging with {@code search_after} on [score or updatedAt, id].
 *
 * <p>Errors: an invalid {@code searchAfter} cursor is an {@link IllegalArgumentException}; a
 * failure to reach Elasticsearch an {@link UncheckedIOException}; a refused query an
 * {@code ElasticsearchException}.
 */
@Service
public class ContentSearch {

    static final List<String> FACETS = List.of("unit", "type", "state", "planTasks", "column");

    private final ElasticsearchClient elasticsearch;
    private final String alias;

    ContentSearch(ElasticsearchClient elasticsearch, ContentIndexProperties properties) {
        this.elasticsearch = elasticsearch;
        this.alias = properties.alias();
    }

    /** One page of items matching {@code query}; total and facets count every match. */
    public SearchResult search(ContentQuery query) {
        SearchResponse<ContentSource> response;
        try {
            response = elasticsearch.search(s -> {
                s.index(alias)
                        .size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .query(ContentQueries.query(query))
                        .sort(ContentQueries.sort(query.sort()))
                        .highlight(h -> h
                                .encoder(HighlighterEncoder.Html)
                                .preTags("<em>").postTags("</em>")
                                .fields(List.of(
                                        NamedValue.of("headline", HighlightField.of(f -> f.numberOfFragments(0))),
                                        NamedValue.of("standfirst", HighlightField.of(f -> f.numberOfFragments(0))),
                                        NamedValue.of("body", HighlightField.of(f -> f
                                                .fragmentSize(160).numberOfFragments(3))))));
                if (query.sort() == ContentQuery.Sort.RELEVANCE) {
                    s.trackScores(true);
                }
                for (String facet : FACETS) {
                    s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(100)));
                }
                if (query.searchAfter() != null) {
                    s.searchAfter(SearchCursor.decode(query.searchAfter()));
                }
                return s;
            }, ContentSource.class);
        } catch (IOException e) {
            throw new UncheckedIOException("search of " + alias + " failed", e);
        }
        List<Hit<ContentSource>> hits = response.hits().hits();
        String next = hits.size() < query.size() ? null : SearchCursor.encode(hits.get(hits.size() - 1).sort());
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits.stream().map(ContentSearch::hit).toList(), facets(response), next);
    }

    private static SearchResult.Hit hit(Hit<ContentSource> hit) {
        ContentSource source = hit.source();
        if (source == null) {
            throw new IllegalStateException("hit " + hit.id() + " has no _source");
        }
        return new SearchResult.Hit(source.id(), source.unit(), source.unitName(), source.type(), source.state(),
                source.column(), source.headline(), source.standfirst(), source.updatedAt(),
                source.firstPublishedAt(), hit.score(), Map.copyOf(hit.highlight()));
    }

    private static Map<String, List<SearchResult.Facet>> facets(SearchResponse<ContentSource> response) {
        Map<String, List<SearchResult.Facet>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Aggregate aggregate = response.aggregations().get(facet);
            facets.put(facet, aggregate == null || !aggregate.isSterms() ? List.of()
                    : aggregate.sterms().buckets().array().stream()
                            .map(b -> new SearchResult.Facet(b.key().stringValue(), b.docCount()))
                            .toList());
        }
        return facets;
    }
}
