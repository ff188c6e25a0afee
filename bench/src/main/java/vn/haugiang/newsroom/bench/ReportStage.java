package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Stage 5, output counting: latency of the yearly report ({@code GET /api/reports/yearly?year=2025
 * &format=json} on the indexer, reporting period 1 Dec 2024 – 30 Nov 2025) over the generated
 * publications (1,000,000 by default, about a fifth in that period), after the indexer indexed them
 * (by default with its rebuild job {@code publicationRebuildJob}, which reads the {@code publication}
 * view whole; see {@link Publications} for what is generated). Reference: the same counts (unit ×
 * channel kind × plan task, outputs and distinct items) computed by one SQL query over the same
 * view in PostgreSQL.
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
                            + "publication view in PostgreSQL for the reporting year; latency ratio (1.0 = as fast)")
                    .note("publications", Publications.deliveries(run.items, publications) + " first deliveries of (item, channel) "
                            + "pairs and " + (publications - Publications.deliveries(run.items, publications)) + " airings on "
                            + Publications.LOUDSPEAKER_CHANNELS + " commune loudspeaker channels, over five reporting years");
        }
        return result;
    }

    /**
     * The report's counts in one query over the same {@code publication} view the index is built
     * from: outputs and distinct items per unit × channel kind × plan task in reporting year
     * {@value #YEAR} (1 Dec 2024 – 30 Nov 2025, Asia/Ho_Chi_Minh).
     */
    static final String SQL_REFERENCE = """
            SELECT p.unit_id, p.channel_kind, t.code, count(*) AS outputs, count(DISTINCT p.item_id) AS items
            FROM publication p
            CROSS JOIN LATERAL unnest(p.plan_tasks) AS t(code)
            WHERE p.reporting_year = %d
            GROUP BY 1, 2, 3""".formatted(YEAR);
}
