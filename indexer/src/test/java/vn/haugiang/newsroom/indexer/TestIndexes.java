package vn.haugiang.newsroom.indexer;

import java.io.IOException;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Unique content aliases per test class, and their removal afterwards. */
public final class TestIndexes {

    /** The state index every test shares; each alias has its own document in it. */
    public static final String STATE_INDEX = "test-indexer-state";

    private TestIndexes() {
    }

    /** e.g. {@code test-search-3f2a…}: lower case, so a valid index name. */
    public static String uniqueAlias(String name) {
        return "test-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The publications alias of a test whose content alias is {@code alias}. */
    public static String publicationsAlias(String alias) {
        return alias + "-publications";
    }

    /**
     * Points the indexer of a test at its own aliases ({@code alias} for content,
     * {@link #publicationsAlias} for publications) and state index, with the schedule off.
     */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String alias) {
        registry.add("newsroom.indexer.content.alias", () -> alias);
        registry.add("newsroom.indexer.publications.alias", () -> publicationsAlias(alias));
        registry.add("newsroom.indexer.content.state-index", () -> STATE_INDEX);
        registry.add("newsroom.indexer.content.schedule-enabled", () -> "false");
    }

    /** Deletes every index whose name starts with {@code alias}, and the aliases' state documents. */
    public static void delete(ElasticsearchClient elasticsearch, String alias) throws IOException {
        var indexes = elasticsearch.indices().get(g -> g.index(alias + "*").allowNoIndices(true)).indices().keySet();
        if (!indexes.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(java.util.List.copyOf(indexes)));
        }
        if (elasticsearch.indices().exists(e -> e.index(STATE_INDEX)).value()) {
            String publications = publicationsAlias(alias);
            for (String key : java.util.List.of(alias, publications, publications + ".delivery-events",
                    publications + ".published-at")) {
                elasticsearch.delete(d -> d.index(STATE_INDEX).id(key));
            }
        }
    }
}
