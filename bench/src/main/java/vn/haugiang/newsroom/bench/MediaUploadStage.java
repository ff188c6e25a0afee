package vn.haugiang.newsroom.bench;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Stage 6, media upload: runs {@code bench/media-upload-1gib.sh}, which starts its own cms-api with
 * the same heap limit, uploads a generated WAV of {@code CMS_BENCH_UPLOAD_MIB} MiB (1024 by default)
 * resumably (64 MiB parts) and as one multipart POST, checks SHA-256, reads the peak heap from the GC
 * log, and puts the same file with the AWS SDK ({@link S3PutReference}) in the same run.
 */
final class MediaUploadStage implements Stage {

    private final int mib;

    MediaUploadStage(int mib) {
        this.mib = mib;
    }

    @Override
    public String name() {
        return "media-upload";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        run.ensureBuckets();
        String out = Tools.exec(run.settings.root(), Map.of(
                        "CMS_BENCH_UPLOAD_MIB", Integer.toString(mib),
                        "CMS_BENCH_HEAP", run.settings.heap(),
                        "CMS_BENCH_SKIP_BUILD", "1",
                        "CMS_DB_URL", run.settings.dbUrl(),
                        "CMS_S3_MEDIA_BUCKET", BenchSettings.MEDIA_BUCKET),
                "bash", run.settings.root().resolve("bench/media-upload-1gib.sh").toString());
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the upload script printed no RESULT:\n" + out));
        JsonNode r = Json.read(line.substring(7));
        StageResult result = new StageResult(name());
        double resumable = r.path("resumable_mib_per_s").asDouble();
        double single = r.path("single_mib_per_s").asDouble();
        double sdk = r.path("sdk_mib_per_s").asDouble();
        result.figure("mib", r.path("mib").asInt())
                .figure("resumable_mib_per_s", resumable)
                .figure("single_post_mib_per_s", single)
                .figure("peak_heap_before_gc_mb", r.path("peak_heap_before_gc_mb").asInt())
                .figure("peak_heap_after_gc_mb", r.path("peak_heap_after_gc_mb").asInt())
                .figure("heap_limit", run.settings.heap())
                .figure("sha256_ok", r.path("sha256_ok").asBoolean())
                .reference("sdk_put_mib_per_s", sdk)
                .reference("sdk_peak_heap_after_gc_mb", r.path("sdk_peak_heap_after_gc_mb").asInt())
                .ratio("resumable_vs_sdk_put", resumable, sdk)
                .ratio("single_post_vs_sdk_put", single, sdk)
                .note("reference", "one PutObject of the same file with the AWS SDK v2 from a JVM with the same heap limit");
        if (!r.path("sha256_ok").asBoolean()) {
            throw new IllegalStateException("an upload did not keep the file's SHA-256: " + line);
        }
        return result;
    }
}
