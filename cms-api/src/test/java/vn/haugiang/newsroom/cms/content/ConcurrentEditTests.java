package vn.haugiang.newsroom.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ConcurrentEditTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSavesOfOneVersionGiveOne412AndLoseNoRevision() throws Exception {
        ApiClient editor = ApiClient.as(port, "bientap.bhg");
        ApiClient chief = ApiClient.as(port, "tongbientap.bhg");
        var created = editor.post("/api/items", EditorialWorkflowTests.article("Bản tin an toàn thông tin"));
        String id = created.json().path("item").path("id").asString();
        String etag = created.etag();
        var start = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> await(start, () ->
                editor.put("/api/items/" + id, EditorialWorkflowTests.article("Bản tin: sửa của biên tập viên"), etag)));
        var second = CompletableFuture.supplyAsync(() -> await(start, () ->
                chief.put("/api/items/" + id, EditorialWorkflowTests.article("Bản tin: sửa của tổng biên tập"), etag)));
        start.countDown();
        List<ApiClient.Response> answers = List.of(first.get(), second.get());

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 412);
        var stale = answers.stream().filter(a -> a.status() == 412).findFirst().orElseThrow();
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        var winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();

        var revisions = editor.get("/api/items/" + id + "/revisions").json();
        assertThat(revisions.findValuesAsString("headline")).containsExactly("Bản tin an toàn thông tin",
                winner.json().path("item").path("content").path("headline").asString());
        assertThat(outboxEventsOf(id)).containsExactly("ItemCreated", "ItemUpdated");
    }

    @Test
    void everyCommittedChangeWritesExactlyOneOutboxRowAndRefusedOnesNone() {
        ApiClient editor = ApiClient.as(port, "bientap.bhg");
        var created = editor.post("/api/items", EditorialWorkflowTests.article("Tuyên truyền trên mạng xã hội"));
        String id = created.json().path("item").path("id").asString();
        String path = "/api/items/" + id;

        var saved = editor.put(path, EditorialWorkflowTests.article("Tuyên truyền trên mạng xã hội (cập nhật)"), created.etag());
        assertThat(editor.put(path, EditorialWorkflowTests.article("cũ"), created.etag()).status()).isEqualTo(412);
        assertThat(editor.put(path, EditorialWorkflowTests.article("không có If-Match"), null).status()).isEqualTo(428);
        var submitted = editor.post(path + "/workflow", Map.of("action", "submit"), saved.etag());
        assertThat(editor.post(path + "/workflow", Map.of("action", "publish"), submitted.etag()).status()).isEqualTo(409);
        var restored = editor.post(path + "/revisions/1/restore", Map.of(), submitted.etag());

        assertThat(restored.json().path("item").path("content").path("headline").asString()).isEqualTo("Tuyên truyền trên mạng xã hội");
        assertThat(outboxEventsOf(id)).containsExactly("ItemCreated", "ItemUpdated", "ItemSubmitted", "ItemRestored");
        assertThat(jdbc.sql("SELECT max(aggregate_version) FROM outbox_event WHERE aggregate_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(restored.json().path("item").path("version").asLong());
        var diff = editor.get(path + "/revisions/diff?from=1&to=2").json();
        assertThat(diff.path("changedFields").toString()).contains("headline", "body");
    }

    private List<String> outboxEventsOf(String id) {
        return jdbc.sql("SELECT event_type FROM outbox_event WHERE aggregate_type = 'item' AND aggregate_id = ? ORDER BY id")
                .param(id).query(String.class).list();
    }

    private static ApiClient.Response await(CountDownLatch start, java.util.function.Supplier<ApiClient.Response> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return call.get();
    }
}
