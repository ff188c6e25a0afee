package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.ApiClient;
import vn.haugiang.newsroom.publisher.ApiClient.Reply;
import vn.haugiang.newsroom.publisher.TestTokens;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Delivery;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Item;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(CountingSenders.class)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class PublishRunApiTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    JsonMapper json;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    JobFixtures fx;
    ApiClient api;
    String admin;
    String editor;

    @BeforeEach
    void setUp() {
        CountingSenders.noCrash();
        fx = new JobFixtures(jdbc, s3, storage.siteBucket());
        api = new ApiClient(port, json);
        TestTokens tokens = new TestTokens(environment);
        admin = tokens.token("admin", "SYSTEM_ADMIN");
        editor = tokens.token("bientap.bhg", "EDITOR");
    }

    @AfterEach
    void tearDown() {
        CountingSenders.noCrash();
        fx.close();
    }

    @Test
    void anAdminRunsTheJobAndSeesTheRunWithItsStepCounts() {
        Item item = fx.publishedItem("Tin chạy theo yêu cầu");

        Reply run = api.post("/api/publish/run", admin, null);

        assertThat(run.status()).isEqualTo(200);
        JsonNode summary = run.body();
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("read").asLong()).isEqualTo(1);
        assertThat(summary.get("written").asLong()).isEqualTo(1);
        assertThat(summary.get("delivered").asLong()).isEqualTo(1);
        assertThat(summary.get("skipped").asLong()).isZero();
        assertThat(summary.get("failed").asLong()).isZero();
        assertThat(summary.get("plannedEvents").asLong()).isPositive();
        assertThat(fx.deliveries(item.id())).extracting(Delivery::state).containsExactly("delivered");
        long id = summary.get("id").asLong();

        Reply shown = api.get("/api/publish/runs/" + id, admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("steps").valueStream().map(s -> s.get("name").asString()).toList())
                .containsExactly(PublishJobConfiguration.PLAN_STEP, PublishJobConfiguration.RECONCILE_STEP,
                        PublishJobConfiguration.SEND_STEP, PublishJobConfiguration.REFRESH_STEP);
        assertThat(shown.body().get("steps").get(2).get("written").asLong()).isEqualTo(1);

        Reply newest = api.get("/api/publish/runs?limit=1", admin);
        assertThat(newest.body().get("runs").get(0).get("id").asLong()).isEqualTo(id);
        String cursor = newest.body().get("nextCursor").asString();
        assertThat(api.get("/api/publish/runs?limit=1&cursor=" + cursor, admin).body().get("runs").get(0)
                .get("id").asLong()).isLessThan(id);
    }

    @Test
    void aFailedRunIsRestartedThroughTheApiAndACompletedOneIsNot() {
        Item item = fx.publishedItem("Tin của lần chạy hỏng");
        CountingSenders.crashAfter(0);

        Reply failed = api.post("/api/publish/run", admin, null);

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body().get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.body().get("exitDescription").asString()).contains("SimulatedCrash");
        CountingSenders.noCrash();

        Reply restarted = api.post("/api/publish/runs/" + failed.body().get("id").asLong() + "/restart", admin, null);

        assertThat(restarted.status()).isEqualTo(200);
        assertThat(restarted.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(restarted.body().get("jobInstanceId").asLong())
                .isEqualTo(failed.body().get("jobInstanceId").asLong());
        Reply again = api.post("/api/publish/runs/" + restarted.body().get("id").asLong() + "/restart", admin, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("currentStatus").asString()).isEqualTo("COMPLETED");
        // The crashed run had claimed the delivery; it waits for that lease, then goes out once.
        assertThat(fx.deliveries(item.id())).extracting(Delivery::state).containsExactly("in_progress");
    }

    @Test
    void aRunWhoseProcessDiedIsRestartedOnlyWhenDeclaredAbandoned() {
        fx.publishedItem("Tin của lần chạy bị giết");
        CountingSenders.crashAfter(0);
        long id = api.post("/api/publish/run", admin, null).body().get("id").asLong();
        CountingSenders.noCrash();
        // What a killed process leaves behind: the run still marked running.
        jdbc.sql("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL "
                + "WHERE job_execution_id = :id").param("id", id).update();
        jdbc.sql("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL "
                + "WHERE job_execution_id = :id AND status = 'FAILED'").param("id", id).update();

        Reply refused = api.post("/api/publish/runs/" + id + "/restart", admin, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("field").asString()).isEqualTo("abandoned");
        assertThat(refused.body().get("currentStatus").asString()).isEqualTo("STARTED");

        Reply restarted = api.post("/api/publish/runs/" + id + "/restart", admin, "{\"abandoned\": true}");

        assertThat(restarted.status()).isEqualTo(200);
        assertThat(restarted.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(api.get("/api/publish/runs/" + id, admin).body().get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void aUnitAdminsRunPublishesOnlyTheirUnitsDeliveriesAndRestartsOnlyTheirUnitsRuns() {
        String unitAdmin = new TestTokens(environment).token("quantri.bhg", "UNIT_ADMIN", "bao-hau-giang");
        Item other = fx.publishedItem("Tin của một đơn vị khác");
        Item own;
        try (JobFixtures bhg = new JobFixtures(jdbc, s3, storage.siteBucket(), "bao-hau-giang")) {
            own = bhg.publishedItem("Tin của Báo Hậu Giang");

            Reply run = api.post("/api/publish/run", unitAdmin, null);

            assertThat(run.status()).isEqualTo(200);
            assertThat(run.body().get("status").asString()).isEqualTo("COMPLETED");
            assertThat(run.body().get("unit").asString()).isEqualTo("bao-hau-giang");
            assertThat(bhg.deliveries(own.id())).extracting(Delivery::state).containsExactly("delivered");
            // Planned by the same run (planning is whole), but not sent: still due for an unscoped run.
            assertThat(fx.deliveries(other.id())).extracting(Delivery::state).containsExactly("pending");
            assertThat(fx.objectCount()).isZero();
            assertThat(jdbc.sql("""
                    SELECT p.parameter_value FROM batch_job_execution_params p
                    WHERE p.job_execution_id = :id AND p.parameter_name = 'unit' AND p.identifying = 'Y'
                    """).param("id", run.body().get("id").asLong()).query(String.class).list())
                    .containsExactly("bao-hau-giang");
        }

        // A system admin's run is every unit's; a unit admin cannot even see it to restart it.
        long systemRun = api.post("/api/publish/run", admin, null).body().get("id").asLong();
        assertThat(fx.deliveries(other.id())).extracting(Delivery::state).containsExactly("delivered");
        Reply foreign = api.post("/api/publish/runs/" + systemRun + "/restart", unitAdmin, null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/publish/runs/" + systemRun + "/restart", admin, null).status()).isEqualTo(409);
    }

    @Test
    void aCallerWithinAUnitSeesOnlyTheRunsOfTheirUnit() {
        TestTokens tokens = new TestTokens(environment);
        String unitAdmin = tokens.token("quantri.bhg", "UNIT_ADMIN", "bao-hau-giang");
        String otherUnitAdmin = tokens.token("quantri.dai", "UNIT_ADMIN", "dai-pt-th-hau-giang");
        String otherProducer = tokens.token("sanxuat.dai", "PRODUCER", "dai-pt-th-hau-giang");
        String analyst = tokens.token("chuyenvien.stttt", "ANALYST", "so-tt-tt");
        long ownOlder = runId(unitAdmin);
        long foreign = runId(otherUnitAdmin);
        long unscoped = runId(admin);
        long ownNewer = runId(unitAdmin);

        // Newest first, one a page: the next page of the unit's runs skips the two runs in between.
        Reply first = api.get("/api/publish/runs?limit=1", unitAdmin);
        assertThat(first.status()).isEqualTo(200);
        assertThat(ids(first)).containsExactly(ownNewer);
        Reply second = api.get("/api/publish/runs?limit=1&cursor=" + first.body().get("nextCursor").asString(),
                unitAdmin);
        assertThat(ids(second)).containsExactly(ownOlder);
        Reply page = api.get("/api/publish/runs?limit=100", unitAdmin);
        assertThat(ids(page)).contains(ownNewer, ownOlder).doesNotContain(foreign, unscoped);
        assertThat(page.body().get("runs").valueStream().map(r -> r.path("unit").asString("")).distinct().toList())
                .containsExactly("bao-hau-giang");
        // The unit's editor reads what its admin reads; another unit's producer only that unit's.
        assertThat(ids(api.get("/api/publish/runs?limit=2", editor))).containsExactly(ownNewer, ownOlder);
        assertThat(ids(api.get("/api/publish/runs?limit=100", otherProducer))).contains(foreign)
                .doesNotContain(ownNewer, ownOlder, unscoped);
        for (String everyUnit : new String[] {admin, analyst}) {
            assertThat(ids(api.get("/api/publish/runs?limit=4", everyUnit)))
                    .containsExactly(ownNewer, unscoped, foreign, ownOlder);
        }

        assertThat(api.get("/api/publish/runs/" + ownOlder, unitAdmin).body().get("unit").asString())
                .isEqualTo("bao-hau-giang");
        assertThat(api.get("/api/publish/runs/" + ownOlder, editor).status()).isEqualTo(200);
        for (long hidden : new long[] {foreign, unscoped}) {
            for (String caller : new String[] {unitAdmin, editor}) {
                Reply refused = api.get("/api/publish/runs/" + hidden, caller);
                assertThat(refused.status()).isEqualTo(404);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.body().get("detail").asString()).isEqualTo("No publish run " + hidden + ".");
            }
        }
        assertThat(api.get("/api/publish/runs/" + foreign, otherProducer).status()).isEqualTo(200);
        assertThat(api.get("/api/publish/runs/" + unscoped, analyst).status()).isEqualTo(200);
        assertThat(api.get("/api/publish/runs/" + foreign, admin).body().get("unit").asString())
                .isEqualTo("dai-pt-th-hau-giang");
    }

    private long runId(String token) {
        Reply run = api.post("/api/publish/run", token, null);
        assertThat(run.status()).isEqualTo(200);
        return run.body().get("id").asLong();
    }

    private static List<Long> ids(Reply page) {
        return page.body().get("runs").valueStream().map(r -> r.get("id").asLong()).toList();
    }

    @Test
    void onlyAdminsRunAndRestartAndEveryoneNeedsAToken() {
        Reply anonymous = api.post("/api/publish/run", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Reply forbidden = api.post("/api/publish/run", editor, null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/publish/runs/1/restart", editor, null).status()).isEqualTo(403);
        assertThat(api.get("/api/publish/runs", null).status()).isEqualTo(401);

        Reply missing = api.get("/api/publish/runs/987654321", editor);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Reply bad = api.get("/api/publish/runs/abc", editor);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asString()).isEqualTo("id");
    }
}
