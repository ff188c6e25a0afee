package vn.haugiang.newsroom.cms.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resumable upload as the API shows it, so a client can resume: which parts arrived, how many
 * bytes are still missing.
 *
 * @param partSize the part size to use, in bytes (at least {@code minPartSize}, and large enough
 *     that the file fits in 10,000 parts)
 * @param minPartSize 5 MiB: S3's minimum for every part but the last
 * @param receivedBytes the sum of the parts received
 * @param mediaId the medium once completed
 * @param failure why the assembled file was refused, when {@code state} is {@code failed}
 */
record UploadView(UUID id, String fileName, long size, @Nullable String claimedType, @Nullable MediaKind kind,
        String state, long partSize, long minPartSize, List<PartView> parts, long receivedBytes, @Nullable UUID mediaId,
        @Nullable String failure, Instant expiresAt) {

    /** A received part: its number and size in bytes. */
    record PartView(int number, long size) {
    }

    static UploadView of(Upload upload, List<Upload.Part> parts) {
        long received = parts.stream().mapToLong(Upload.Part::size).sum();
        return new UploadView(upload.id(), upload.fileName(), upload.declaredSize(), upload.claimedType(), upload.kind(),
                upload.state(), partSize(upload.declaredSize()), ChunkedUploads.MIN_PART_SIZE,
                parts.stream().map(p -> new PartView(p.number(), p.size())).toList(), received, upload.mediaId(),
                upload.failure(), upload.expiresAt());
    }

    /** 8 MiB, or more for files that would otherwise need more than 10,000 parts; whole MiB. */
    static long partSize(long size) {
        long mib = 1024 * 1024;
        long needed = (size + ChunkedUploads.MAX_PARTS - 1) / ChunkedUploads.MAX_PARTS;
        return Math.max(8 * mib, (needed + mib - 1) / mib * mib);
    }
}
