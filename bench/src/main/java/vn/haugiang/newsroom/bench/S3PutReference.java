package vn.haugiang.newsroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The media upload reference: one {@code PutObject} of a file with the AWS SDK for Java v2 (the
 * client cms-api uses), straight to S3, then a delete. Run by {@code bench/media-upload-1gib.sh}:
 * {@code java -cp … S3PutReference FILE BUCKET KEY}; prints {@code SDK {"seconds":…,"bytes":…}}.
 */
public final class S3PutReference {

    private S3PutReference() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String bucket = args[1];
        String key = args[2];
        BenchSettings settings = BenchSettings.fromEnvironment(Path.of("."), Duration.ZERO);
        try (S3Client s3 = BenchRun.s3(settings)) {
            long start = System.nanoTime();
            s3.putObject(p -> p.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromFile(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            s3.deleteObject(d -> d.bucket(bucket).key(key));
            System.out.printf("SDK {\"seconds\":%.3f,\"bytes\":%d}%n", seconds, Files.size(file));
        }
    }
}
