package vn.haugiang.newsroom.publisher.channel.broadcast;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Puts objects into one bucket (the {@code site} bucket). */
final class S3EpgObjectSink implements EpgObjectSink {

    private final S3Client s3;
    private final String bucket;

    S3EpgObjectSink(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(EpgObject object) {
        s3.putObject(b -> b.bucket(bucket).key(object.key()).contentType(object.contentType()),
                RequestBody.fromBytes(object.bytes()));
    }
}
