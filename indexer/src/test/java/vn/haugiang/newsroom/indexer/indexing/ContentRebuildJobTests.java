package vn.haugiang.newsroom.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestItems;
import vn.haugiang.newsroom.indexer.search.ContentQuery;
import vn.haugiang.newsroom.indexer.search.ContentSearch;
import vn.haugiang.newsroom.indexer.search.SearchResult;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentRebuildJobTests {

    static final String ALIAS = TestIndexes.uniqueAlias("rebuild");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
        registry.add("newsroom.indexer.content.chunk-size", () -> "10");
    }

    @Autowired
    ContentIndexing indexing;

    @Autowired
    IndexAdmin contentIndexAdmin;

    @Autowired
    ContentSearch search;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void searchesNeverFailDuringARebuildAndTheAliasMovesToTheNewIndex() throws Exception {
        TestItems items = new TestItems(jdbc);
        UUID id = items.create("Tọa đàm an toàn thông tin", "<p>Trực tiếp</p>");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
        assertThat(contentIndexAdmin.aliasedIndexes()).containsExactly(ALIAS + "-v1");
        ContentQuery query = new ContentQuery("toa dam", List.of(), List.of(), List.of(), List.of(),
                List.of(items.column().toString()), null, null, ContentQuery.Sort.RELEVANCE, null, 10);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    SearchResult result = search.search(query);
                    searches.incrementAndGet();
                    if (result.total() != 1) {
                        failures.add("found " + result.total() + " hits");
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        });
        searcher.start();
        JobExecution rebuild;
        try {
            rebuild = indexing.rebuild();
        } finally {
            rebuilding.set(false);
            searcher.join();
        }

        assertThat(rebuild.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(failures).isEmpty();
        assertThat(searches.get()).isPositive();
        String target = rebuild.getExecutionContext().getString(ContentRebuildJobConfiguration.TARGET);
        assertThat(target).startsWith(ALIAS + "-v1-");
        assertThat(contentIndexAdmin.aliasedIndexes()).containsExactly(target);
        assertThat(elasticsearch.indices().exists(e -> e.index(ALIAS + "-v1")).value()).isFalse();
        assertThat(elasticsearch.get(g -> g.index(target).id(id.toString()), ContentDocument.class).found()).isTrue();
    }
}
