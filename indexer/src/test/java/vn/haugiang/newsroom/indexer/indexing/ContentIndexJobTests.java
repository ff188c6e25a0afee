package vn.haugiang.newsroom.indexer.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestItems;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentIndexJobTests {

    static final String ALIAS = TestIndexes.uniqueAlias("index-job");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    ContentIndexing indexing;

    @Autowired
    ContentBulkWriter writer;

    @Autowired
    OutboxPosition contentOutboxPosition;

    @Autowired
    ItemRows itemRows;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    TestItems items;

    @BeforeEach
    void newItems() {
        items = new TestItems(jdbc);
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void newOutboxRowsAreIndexedOnceAndARerunChangesNothing() throws Exception {
        UUID first = items.create("An toàn thông tin", "<p>Nội dung <b>một</b></p>");
        UUID second = items.create("Đường dây nóng", "<p>Nội dung hai</p>");

        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        GetResponse<ContentDocument> firstDoc = document(first);
        assertThat(firstDoc.found()).isTrue();
        assertThat(firstDoc.version()).isEqualTo(1);
        assertThat(firstDoc.source().body()).isEqualTo("Nội dung một");
        assertThat(firstDoc.source().planTasks()).containsExactly("NV1.đ");
        assertThat(document(second).found()).isTrue();

        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(document(first).seqNo()).as("not written again").isEqualTo(firstDoc.seqNo());
        assertThat(document(first).version()).isEqualTo(1);
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws Exception {
        UUID id = items.create("Bản cũ", "");
        ContentDocument version1 = itemRows.load(List.of(id)).get(0);
        assertThat(items.update(id, "Bản mới")).isEqualTo(2);
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        writer.write(ALIAS, List.of(version1));
        items.appendOutbox(id, 1, "ItemCreated");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        GetResponse<ContentDocument> document = document(id);
        assertThat(document.version()).isEqualTo(2);
        assertThat(document.source().headline()).isEqualTo("Bản mới");
    }

    @Test
    void anOutboxRowCommittedBehindThePositionIsReadOnceByTheNextRun() throws Exception {
        indexing.indexChanges();
        UUID late;
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            // This transaction takes its outbox id first and commits after a later one was consumed.
            late = new TestItems(JdbcClient.create(new SingleConnectionDataSource(open, true))).create("Giao dịch chậm", "");
            UUID next = items.create("Giao dịch nhanh", "");

            assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(document(next).found()).isTrue();
            assertThat(document(late).found()).isFalse();
            open.commit();
        }

        JobExecution afterCommit = indexing.indexChanges();
        assertThat(document(late).found()).isTrue();
        assertThat(outboxRowsRead(afterCommit)).as("only the late row").isEqualTo(1);
        assertThat(outboxRowsRead(indexing.indexChanges())).as("nothing read again").isZero();
    }

    @Test
    void aPositionWithoutKnownGapsReadsTheSafetyWindowAgainOnce() throws Exception {
        indexing.indexChanges();
        UUID late = items.create("Giao dịch chậm", "");
        long lateRow = jdbc.sql("SELECT max(id) FROM outbox_event").query(Long.class).single();
        // A rebuild sets the position without gaps: whatever committed behind it is read again.
        contentOutboxPosition.save(lateRow + 5);

        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(document(late).found()).isTrue();
        assertThat(contentOutboxPosition.current()).isEqualTo(lateRow + 5);
        assertThat(outboxRowsRead(indexing.indexChanges())).isZero();
    }

    private static long outboxRowsRead(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals("contentOutboxStep"))
                .mapToLong(StepExecution::getReadCount).sum();
    }

    @Test
    void anItemElasticsearchRefusesIsReportedWithItsIdAndTheOthersAreWritten() throws Exception {
        String broken = ALIAS + "-broken";
        elasticsearch.indices().create(c -> c.index(broken)
                .mappings(m -> m.properties("headline", p -> p.long_(l -> l))));
        ContentDocument numeric = itemRows.load(List.of(items.create("2026", ""))).get(0);
        ContentDocument text = itemRows.load(List.of(items.create("Bài viết", ""))).get(0);

        assertThatThrownBy(() -> writer.write(broken, List.of(numeric, text)))
                .isInstanceOfSatisfying(ContentIndexingException.class, e -> assertThat(e.failures())
                        .singleElement().asString().startsWith("item " + text.id() + ": 400 "));
        assertThat(elasticsearch.get(g -> g.index(broken).id(numeric.id()), ContentDocument.class).found()).isTrue();
    }

    private GetResponse<ContentDocument> document(UUID id) throws Exception {
        return elasticsearch.get(g -> g.index(ALIAS).id(id.toString()), ContentDocument.class);
    }
}
