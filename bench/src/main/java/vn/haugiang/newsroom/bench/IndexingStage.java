package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Stage 1, indexing: documents per second of the indexer's incremental job (the outbox rows of the
 * N generated items, consumed by the scheduled run of a freshly started indexer) and of its full
 * rebuild job (the copy step, run once through Spring Boot's job runner), both read from the
 * JobRepository; against a raw {@code _bulk} of the same documents (dumped from the index) into a
 * scratch index, in chunks of the job's chunk size (200).
 */
final class IndexingStage implements Stage {

    private static final int CHUNK = 200;

    @Override
    public String name() {
        return "indexing";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        StageResult result = new StageResult(name());
        RawBulk bulk = new RawBulk(run);
        try (Connection db = run.db()) {
            removeBenchIndexes(run);
            long stepMark = BatchSteps.lastStepId(db);
            // A fresh position: the indexer's first scheduled run consumes every generated outbox row.
            run.apps.ensure("indexer");
            List<BatchSteps.StepRun> incremental = awaitIncremental(db, stepMark, run.items);
            long written = incremental.stream().mapToLong(BatchSteps.StepRun::writeCount).sum();
            double seconds = incremental.get(incremental.size() - 1).endEpoch() - incremental.get(0).startEpoch();
            result.figure("incremental_docs", written)
                    .figure("incremental_seconds", StageResult.round(seconds))
                    .figure("incremental_docs_per_s", StageResult.round(written / seconds));

            long jobMark = BatchSteps.lastJobExecutionId(db);
            long rebuildStepMark = BatchSteps.lastStepId(db);
            run.apps.runJob("indexer", "contentRebuildJob", () -> ended(run, "contentRebuildJob", jobMark));
            String status = BatchSteps.endedJob(db, "contentRebuildJob", jobMark);
            if (!"COMPLETED".equals(status)) {
                throw new IllegalStateException("contentRebuildJob ended " + status);
            }
            BatchSteps.StepRun copy = BatchSteps.ended(db, "contentRebuildCopyStep", rebuildStepMark).get(0);
            result.figure("rebuild_docs", copy.writeCount())
                    .figure("rebuild_copy_seconds", StageResult.round(copy.seconds()))
                    .figure("rebuild_docs_per_s", StageResult.round(copy.writeCount() / copy.seconds()))
                    .figure("rebuild_job_seconds", StageResult.round(BatchSteps.jobSeconds(db, "contentRebuildJob", jobMark)))
                    .note("rebuild_job", "the whole job also creates the index, refreshes it, swaps the alias and waits "
                            + "the 2 s grace before deleting the old index");
        }
        run.http.postJson(run.es("/" + BenchSettings.ALIAS + "/_refresh"), null, "");
        List<RawBulk.Document> documents = bulk.dump(BenchSettings.ALIAS);
        JsonNode mappings = bulk.mappings(BenchSettings.ALIAS);
        bulk.recreate(BenchSettings.RAW_INDEX, mappings);
        double raw = bulk.index(BenchSettings.RAW_INDEX, documents, CHUNK);
        result.reference("raw_bulk_docs", documents.size())
                .reference("raw_bulk_docs_per_s", StageResult.round(raw))
                .ratio("incremental_vs_raw_bulk", (Number) result.figures.get("incremental_docs_per_s"), raw)
                .ratio("rebuild_vs_raw_bulk", (Number) result.figures.get("rebuild_docs_per_s"), raw)
                .note("reference", "raw _bulk of the same " + documents.size() + " documents (dumped from the index) into "
                        + BenchSettings.RAW_INDEX + " with the same mapping, " + CHUNK + " a request, sequential, no refresh");
        run.http.delete(run.es("/" + BenchSettings.RAW_INDEX));
        return result;
    }

    private static boolean ended(BenchRun run, String job, long mark) {
        try (Connection db = run.db()) {
            return BatchSteps.endedJob(db, job, mark) != null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the incremental step executions after {@code mark} wrote {@code items} rows. */
    private static List<BatchSteps.StepRun> awaitIncremental(Connection db, long mark, int items) throws Exception {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            List<BatchSteps.StepRun> runs = BatchSteps.ended(db, "contentOutboxStep", mark);
            long written = 0;
            for (int i = 0; i < runs.size(); i++) {
                if (!"COMPLETED".equals(runs.get(i).status())) {
                    throw new IllegalStateException("contentOutboxStep " + runs.get(i).id() + " ended " + runs.get(i).status());
                }
                written += runs.get(i).writeCount();
                if (written >= items) {
                    List<BatchSteps.StepRun> used = runs.subList(0, i + 1).stream().filter(r -> r.writeCount() > 0).toList();
                    return used;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the incremental job did not write " + items + " items within 30 minutes");
    }

    /** Deletes the indexes behind the bench alias, the bench state index and the scratch index. */
    static void removeBenchIndexes(BenchRun run) {
        Http.Reply indexes = run.http.get(run.es("/_cat/indices/" + BenchSettings.ALIAS + "-v1*?format=json&h=index"), null);
        if (indexes.ok()) {
            for (JsonNode index : Json.read(indexes.body())) {
                run.http.delete(run.es("/" + index.path("index").asString()));
            }
        }
        run.http.delete(run.es("/" + BenchSettings.STATE_INDEX));
        run.http.delete(run.es("/" + BenchSettings.RAW_INDEX));
    }
}
