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

    /**
     * Starts the publications jobs of {@code alias} at the database's present: the outbox and
     * delivery-event positions at their last ids, the {@code published_at} mark at now. A test's own
     * rows, written afterwards, still reach the index through those feeds (and airings of the last
     * two days through the time window), while the publications other tests left in the shared
     * database are not indexed again for every new alias.
     */
    public static void startPublicationsAtNow(ElasticsearchClient elasticsearch,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String alias) throws IOException {
        String publications = publicationsAlias(alias);
        long outbox = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_event").query(Long.class).single();
        long deliveries = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM delivery_event").query(Long.class).single();
        long now = jdbc.sql("SELECT (extract(epoch FROM now()) * 1000)::bigint").query(Long.class).single();
        for (var position : java.util.Map.of(publications, outbox, publications + ".delivery-events", deliveries,
                publications + ".published-at", now).entrySet()) {
            elasticsearch.index(i -> i.index(STATE_INDEX).id(position.getKey())
                    .document(java.util.Map.of("position", position.getValue(), "updatedAt",
                            java.time.Instant.now().toString())));
        }
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
