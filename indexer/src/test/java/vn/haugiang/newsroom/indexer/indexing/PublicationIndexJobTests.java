package vn.haugiang.newsroom.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.haugiang.newsroom.indexer.TestPublications;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationIndexJobTests {

    static final String ALIAS = TestIndexes.uniqueAlias("pubjob");
    static final String PUBLICATIONS = TestIndexes.publicationsAlias(ALIAS);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    ElasticsearchClient elasticsearch;

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    /** The ContentIndexingException in {@code e}'s causes (the step wraps the writer's exception), or null. */
    private static @Nullable ContentIndexingException refused(@Nullable Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentIndexingException refused) {
                return refused;
            }
        }
        return null;
    }

    @Test
    void aPublicationElasticsearchRefusesFailsTheRunWithItsIdAndIsWrittenByTheNextRun(@Autowired JdbcClient jdbc,
            @Autowired PublicationIndexing indexing, @Autowired PublicationPositions positions) throws Exception {
        // an index behind the alias whose mapping refuses a text headline
        elasticsearch.indices().create(c -> c.index(PUBLICATIONS + "-v1").aliases(PUBLICATIONS, a -> a)
                .mappings(m -> m.properties("headline", p -> p.long_(l -> l))));
        var data = new TestPublications(jdbc, "bulk");
        UUID item = data.item("article", List.of("NV1.a"), null, "Không phải số");
        data.delivery(item, 1, data.web(), "delivered", Instant.parse("2026-04-01T03:00:00Z"));
        long outboxBefore = positions.outbox().current();
        long deliveriesBefore = positions.deliveryEvents().current();

        JobExecution failed = indexing.indexChanges();

        // the first chunk already fails (the database holds other tests' publications too)
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(refused(e)).isNotNull()
                .extracting(ContentIndexingException::failures).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isNotEmpty()
                .allSatisfy(line -> assertThat((String) line)
                        .matches("item (delivery|airing):\\S+: 400 document_parsing_exception: .*")));
        assertThat(positions.outbox().current()).isEqualTo(outboxBefore);
        assertThat(positions.deliveryEvents().current()).isEqualTo(deliveriesBefore);

        // the operator fixes the index; the next run writes what the failed one could not
        elasticsearch.indices().delete(d -> d.index(PUBLICATIONS + "-v1"));
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var document = elasticsearch.get(g -> g.index(PUBLICATIONS).id("delivery:" + item + ":" + data.web()),
                PublicationDocument.class);
        assertThat(document.found()).isTrue();
        assertThat(document.source().headline()).isEqualTo("Không phải số");
        assertThat(document.source().localDate()).isEqualTo("2026-04-01");
        assertThat(document.source().periodWeek()).isEqualTo("2026-W14");
        assertThat(document.source().reportingYear()).isEqualTo(2026);
        assertThat(document.source().channelKind()).isEqualTo("web");
        assertThat(document.source().url()).startsWith("https://example.test/");
    }
}
