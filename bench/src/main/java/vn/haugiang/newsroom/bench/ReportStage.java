package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Stage 5, output counting: latency of the yearly report ({@code GET /api/reports/yearly?year=2025
 * &format=json} on the indexer, reporting period 1 Dec 2024 – 30 Nov 2025) over the generated
 * publications (1,000,000 by default, about a fifth in that period), after the indexer indexed them
 * ({@code POST /api/indexing/run}). Reference: the same counts (unit × channel kind × plan task,
 * outputs and distinct items) computed by one SQL query over the same rows in PostgreSQL.
 *
 * <p>Answers "not available" until the indexer has the report endpoint (issue #7).
 */
final class ReportStage implements Stage {

    static final int YEAR = 2025;
    private static final int REPEATS = 15;

    private final long publications;
    private final @Nullable String indexingJob;

    /**
     * @param indexingJob the indexer's job that fills the publications index from PostgreSQL, run
     *     through Spring Boot's job runner; null to call {@code POST /api/indexing/run} instead (the
     *     generated deliveries have no outbox rows, so a job that reads only the outbox misses them)
     */
    ReportStage(long publications, @Nullable String indexingJob) {
        this.publications = publications;
        this.indexingJob = indexingJob;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        String token = run.token();
        run.apps.ensure("indexer");
        var report = run.settings.app("indexer").resolve("/api/reports/yearly?year=" + YEAR + "&format=json");
        Http.Reply probe = run.http.get(report, token);
        if (probe.status() == 404 && !probe.body().contains("\"year\"")) {
            return StageResult.notAvailable(name(), "GET /api/reports/yearly is not on this branch (issue #7)");
        }
        StageResult result = new StageResult(name());
        try (Connection db = run.db()) {
            long start = System.nanoTime();
            Publications.generate(db, run.items, publications);
            result.figure("publications", publications)
                    .figure("generate_seconds", StageResult.round((System.nanoTime() - start) / 1e9));
            start = System.nanoTime();
            if (indexingJob != null) {
                long mark = BatchSteps.lastJobExecutionId(db);
                run.apps.runJob("indexer", indexingJob, () -> {
                    try (Connection c = run.db()) {
                        return BatchSteps.endedJob(c, indexingJob, mark) != null;
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } else {
                Http.Reply indexing = run.http.post(run.settings.app("indexer").resolve("/api/indexing/run"), token,
                        "application/json", new byte[0]);
                if (!indexing.ok()) {
                    throw new IllegalStateException("POST /api/indexing/run answered " + indexing.status() + ": " + indexing.body());
                }
            }
            awaitIdleJobs(db);
            result.figure("indexing_seconds", StageResult.round((System.nanoTime() - start) / 1e9));
            double[] ours = new double[REPEATS];
            run.http.get(report, token);
            for (int i = 0; i < REPEATS; i++) {
                long t = System.nanoTime();
                Http.Reply reply = run.http.get(report, token);
                ours[i] = (System.nanoTime() - t) / 1e6;
                if (!reply.ok()) {
                    throw new IllegalStateException("yearly report answered " + reply.status() + ": " + reply.body());
                }
            }
            double[] sql = new double[5];
            for (int i = 0; i < sql.length; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = db.createStatement().executeQuery(SQL_REFERENCE)) {
                    while (rs.next()) {
                        rs.getLong(4);
                    }
                }
                sql[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ours);
            Arrays.sort(sql);
            double p50 = Tools.percentile(ours, 50);
            double sqlP50 = Tools.percentile(sql, 50);
            result.figure("year", YEAR)
                    .figure("report_p50_ms", StageResult.round(p50))
                    .figure("report_p95_ms", StageResult.round(Tools.percentile(ours, 95)))
                    .reference("sql_p50_ms", StageResult.round(sqlP50))
                    .ratio("report_p50_vs_sql", p50, sqlP50)
                    .note("reference", "one SQL GROUP BY (unit × channel kind × plan task; outputs, items) over the same "
                            + "delivered rows of the period in PostgreSQL; latency ratio (1.0 = as fast)");
        }
        return result;
    }

    /** Waits until no job of the indexer is running (the publications indexing it started ended). */
    private static void awaitIdleJobs(Connection db) throws Exception {
        long deadline = System.nanoTime() + 60L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = db.createStatement().executeQuery("""
                    SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                    WHERE e.end_time IS NULL AND i.job_name NOT LIKE 'content%'""")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the indexer's jobs did not end within an hour");
    }

    static final String SQL_REFERENCE = """
            SELECT i.unit_id, c.kind, t.code, count(*) AS outputs, count(DISTINCT i.id) AS items
            FROM delivery d
            JOIN delivery_event e ON e.delivery_id = d.id AND e.to_state = 'delivered'
            JOIN item i ON i.id = d.item_id
            JOIN output_channel c ON c.id = d.channel_id
            CROSS JOIN LATERAL unnest(i.plan_tasks) AS t(code)
            WHERE d.state = 'delivered'
              AND e.at >= timestamptz '%1$d-12-01 00:00:00+07' AND e.at < timestamptz '%2$d-12-01 00:00:00+07'
            GROUP BY 1, 2, 3""".formatted(YEAR - 1, YEAR);
}
