package vn.haugiang.newsroom.cms.media;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;

/**
 * Resumable uploads mapped onto S3 multipart upload: start, send parts (each streamed from the
 * request straight to S3, never buffered), ask what arrived, abort. Completing is
 * {@link UploadAssembly}'s. The state is in the database and the parts in S3, so an upload survives
 * a restart of cms-api and continues on any instance.
 */
@Component
class ChunkedUploads {

    /** S3's minimum size of every part but the last: 5 MiB. */
    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    /** S3's maximum size of one part: 5 GiB. */
    static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;
    static final int MAX_PARTS = 10_000;

    private final UploadStore uploads;
    private final MediaStorage storage;
    private final MediaIngest ingest;
    private final MediaProperties properties;
    private final Clock clock;

    ChunkedUploads(UploadStore uploads, MediaStorage storage, MediaIngest ingest, MediaProperties properties, Clock clock) {
        this.uploads = uploads;
        this.storage = storage;
        this.ingest = ingest;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens an upload of {@code size} bytes.
     *
     * @throws MediaException 413 when {@code size} is above the limit of the kind asked for or
     *     claimed (of any kind when neither is known)
     */
    UploadView start(CurrentUser user, String fileName, long size, @Nullable String contentType, @Nullable MediaKind kind) {
        MediaService.requireUploader(user);
        String name = MediaService.cleanName(fileName);
        String claimed = ingest.claimedType(name, contentType);
        MediaKind expected = kind != null ? kind : MediaKind.ofContentType(claimed);
        long limit = expected == null ? properties.maxBytesOfAnyKind() : properties.maxBytes(expected);
        if (size > limit) {
            throw MediaException.tooLarge("The file would be " + size + " bytes; the limit for "
                    + (expected == null ? "any kind" : expected.code()) + " is " + limit + " bytes.", "size");
        }
        UUID id = UUID.randomUUID();
        String staging = MediaKeys.staging(user.unitId(), id);
        String s3UploadId = storage.startMultipart(staging, "application/octet-stream");
        Instant now = clock.instant();
        var upload = new Upload(id, user.unitId(), user.id(), name, size, claimed, kind, staging, s3UploadId, Upload.OPEN,
                null, null, now, now.plus(properties.uploadExpiry()));
        uploads.insert(upload);
        return UploadView.of(upload, List.of());
    }

    UploadView status(CurrentUser user, UUID id) {
        Upload upload = own(user, id);
        return UploadView.of(upload, uploads.parts(id));
    }

    /**
     * Streams part {@code number} ({@code length} bytes of {@code content}) to S3.
     *
     * @throws MediaException 409 unless the upload is open, 400 for a part number outside 1–10,000,
     *     413 when the parts would exceed the size announced at the start
     */
    UploadView.PartView putPart(CurrentUser user, UUID id, int number, InputStream content, long length) {
        Upload upload = own(user, id);
        if (!Upload.OPEN.equals(upload.state())) {
            throw MediaException.conflict("Upload " + id + " is " + upload.state() + "; it takes no more parts.");
        }
        if (number < 1 || number > MAX_PARTS) {
            throw MediaException.badRequest("Part numbers go from 1 to " + MAX_PARTS + ", not " + number + ".", "partNumber");
        }
        if (length < 0) {
            throw MediaException.lengthRequired();
        }
        if (length == 0 || length > MAX_PART_SIZE) {
            throw MediaException.badRequest("A part has 1 byte to 5 GiB, not " + length + ".", "partNumber");
        }
        long others = uploads.bytesExcept(id, number);
        if (others + length > upload.declaredSize()) {
            throw MediaException.tooLarge("With this part the upload would have " + (others + length) + " bytes, more than"
                    + " the " + upload.declaredSize() + " announced at the start.", "partNumber");
        }
        String etag = storage.uploadPart(upload.stagingKey(), upload.s3UploadId(), number, content, length);
        uploads.savePart(id, new Upload.Part(number, length, etag));
        return new UploadView.PartView(number, length);
    }

    /** Aborts an open upload: S3 discards its parts. */
    void abort(CurrentUser user, UUID id) {
        Upload upload = own(user, id);
        if (!uploads.transition(id, Upload.OPEN, "aborted")) {
            throw MediaException.conflict("Upload " + id + " is " + upload.state() + " and cannot be aborted.");
        }
        discard(upload);
    }

    /** Aborts uploads left open past their expiry (called by the cleanup job). */
    int abortExpired(Instant now) {
        int count = 0;
        for (Upload upload : uploads.expired(now, 100)) {
            if (uploads.transition(upload.id(), upload.state(), "aborted")) {
                discard(upload);
                count++;
            }
        }
        return count;
    }

    private void discard(Upload upload) {
        try {
            storage.abortMultipart(upload.stagingKey(), upload.s3UploadId());
        } catch (S3Exception e) {
            // Already completed or aborted in S3 (NoSuchUpload): the staged object, if any, goes below.
        }
        storage.deleteStaged(upload.stagingKey());
    }

    /** The upload, if {@code user} started it (or is a system admin); 404 otherwise. */
    Upload own(CurrentUser user, UUID id) {
        return uploads.find(id)
                .filter(upload -> upload.createdBy().equals(user.id()) || user.role() == Role.SYSTEM_ADMIN)
                .orElseThrow(() -> MediaException.uploadNotFound(id));
    }
}
