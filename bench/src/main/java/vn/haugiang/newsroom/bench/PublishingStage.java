package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Stage 2, web publishing: pages per second of the publisher's publish run ({@code POST
 * /api/publish/run}, called until no web delivery of a bench item is due; planning from the outbox
 * included), counted as delivered web deliveries in PostgreSQL. References in the same run: the
 * same page bytes (read back from the {@code bench-site} bucket) put straight to S3 with the AWS
 * SDK, one after the other like the publisher; and Hugo rendering the same items to disk with an
 * equivalent template ({@link HugoReference}).
 */
final class PublishingStage implements Stage {

    static final String CHANNEL = "web-bao-hau-giang";

    @Override
    public String name() {
        return "publishing";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        StageResult result = new StageResult(name());
        run.ensureBuckets();
        run.apps.ensure("publisher");
        String token = run.token();
        long start = System.nanoTime();
        long deadline = start + 60L * 60 * 1_000_000_000;
        int calls = 0;
        try (Connection db = run.db()) {
            // Until every planned web delivery of a bench item is out: a run may plan and send in one
            // call (today) or start a job that goes on after the answer (409 while one runs).
            while (System.nanoTime() < deadline) {
                Http.Reply reply = run.http.post(run.settings.app("publisher").resolve("/api/publish/run"), token,
                        "application/json", new byte[0]);
                calls++;
                if (reply.status() == 404) {
                    return StageResult.notAvailable(name(), "POST /api/publish/run is not on this branch");
                }
                if (!reply.ok() && reply.status() != 409) {
                    throw new IllegalStateException("POST /api/publish/run answered " + reply.status() + ": " + reply.body());
                }
                if (count(db, "state IS NOT NULL") > 0 && count(db, "state IN ('pending', 'failed_retryable', 'in_progress')") == 0) {
                    break;
                }
                if (!reply.ok() || count(db, "state IS NOT NULL") == 0) {
                    Thread.sleep(200);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long pages = count(db, "state = 'delivered'");
            long failed = count(db, "state IN ('failed_permanent', 'failed_retryable', 'unknown')");
            if (pages == 0) {
                throw new IllegalStateException("the publish run delivered no web page of a bench item");
            }
            result.figure("pages", pages).figure("failed", failed).figure("runs", calls)
                    .figure("seconds", StageResult.round(seconds))
                    .figure("pages_per_s", StageResult.round(pages / seconds));
        }
        List<S3Object> objects = new ArrayList<>();
        run.s3.listObjectsV2Paginator(l -> l.bucket(BenchSettings.SITE_BUCKET).prefix(CHANNEL + "/tin/bench-"))
                .contents().forEach(objects::add);
        List<byte[]> bytes = new ArrayList<>();
        for (S3Object object : objects) {
            bytes.add(run.s3.getObjectAsBytes(g -> g.bucket(BenchSettings.SITE_BUCKET).key(object.key())).asByteArray());
        }
        long putStart = System.nanoTime();
        for (int i = 0; i < objects.size(); i++) {
            String key = "bench-reference/" + objects.get(i).key();
            run.s3.putObject(p -> p.bucket(BenchSettings.SITE_BUCKET).key(key).contentType("text/html; charset=utf-8"),
                    RequestBody.fromBytes(bytes.get(i)));
        }
        double putSeconds = (System.nanoTime() - putStart) / 1e9;
        double s3 = objects.size() / putSeconds;
        long totalBytes = bytes.stream().mapToLong(b -> b.length).sum();
        result.reference("s3_put_pages", objects.size())
                .reference("s3_put_mib", StageResult.round(totalBytes / 1048576.0))
                .reference("s3_put_pages_per_s", StageResult.round(s3))
                .ratio("pages_per_s_vs_s3_put", (Number) result.figures.get("pages_per_s"), s3);
        if (Tools.installed("hugo")) {
            double hugo = new HugoReference(run).pagesPerSecond();
            result.reference("hugo_pages_per_s", StageResult.round(hugo))
                    .ratio("pages_per_s_vs_hugo", (Number) result.figures.get("pages_per_s"), hugo);
        } else {
            result.note("hugo", "not installed (apt-get install hugo)");
        }
        result.note("reference", "S3: the same page bytes put one by one with the AWS SDK; Hugo: the same published "
                + "items as HTML content files rendered by `hugo` to local disk with an equivalent article template");
        return result;
    }

    /** Web deliveries of bench items in the given state(s). */
    private static long count(Connection db, String condition) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT count(*) FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                WHERE c.kind = 'web' AND d.item_id BETWEEN '%s' AND '%s' AND d.%s""".formatted(
                Generator.FIRST_ID, Generator.LAST_ID, condition))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
