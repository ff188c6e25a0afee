package vn.haugiang.newsroom.cms.media;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * Completes a resumable upload: checks the parts, has S3 join them into the staged object, streams
 * that back once through a SHA-256 digest into a temporary file (the type and metadata need the
 * bytes at hand; the hash needs every byte in order, which parts arriving in any order and on any
 * instance cannot give while they stream), then ingests it with a server-side copy to its final key.
 *
 * <p>A refused file (413, 415, 422) fails the upload for good and its bytes are deleted; any other
 * error (S3 or the database unreachable) puts it back to {@code open}, so completing again resumes,
 * even after S3 already joined the parts.
 */
@Component
class UploadAssembly {

    private final ChunkedUploads chunked;
    private final UploadStore uploads;
    private final MediaStore media;
    private final MediaStorage storage;
    private final MediaIngest ingest;
    private final MediaViews views;
    private final MediaProperties properties;

    UploadAssembly(ChunkedUploads chunked, UploadStore uploads, MediaStore media, MediaStorage storage, MediaIngest ingest,
            MediaViews views, MediaProperties properties) {
        this.chunked = chunked;
        this.uploads = uploads;
        this.media = media;
        this.storage = storage;
        this.ingest = ingest;
        this.views = views;
        this.properties = properties;
    }

    MediaService.Uploaded complete(CurrentUser user, UUID id) {
        Upload upload = chunked.own(user, id);
        if (Upload.COMPLETED.equals(upload.state()) && upload.mediaId() != null) {
            Media done = media.find(upload.mediaId()).orElseThrow(() -> MediaException.notFound(upload.mediaId()));
            return new MediaService.Uploaded(views.view(user, done), false);
        }
        if (!uploads.transition(id, Upload.OPEN, "completing")) {
            throw MediaException.conflict("Upload " + id + " is " + upload.state() + " and cannot be completed.");
        }
        List<Upload.Part> parts = uploads.parts(id);
        try {
            checkParts(upload, parts);
        } catch (MediaException e) {
            uploads.transition(id, "completing", Upload.OPEN); // the client may send the missing parts
            throw e;
        }
        try {
            assemble(upload, parts);
            try (SpooledFile file = SpooledFile.copy(storage.open(upload.stagingKey()), properties.spool(),
                    upload.declaredSize(), () -> MediaException.tooLarge("The assembled file is larger than announced.", "parts"))) {
                var source = new UploadSource(file, upload.fileName(), upload.claimedType(), upload.kind(), upload.stagingKey());
                MediaIngest.Result result = ingest.ingest(upload.unitId(), upload.createdBy(), source);
                uploads.completed(id, result.media().id());
                storage.deleteStaged(upload.stagingKey());
                return new MediaService.Uploaded(views.view(user, result.media()), result.created());
            }
        } catch (MediaException e) {
            if (e.getStatusCode().value() == 503) { // busy, not the file's fault: try again later
                uploads.transition(id, "completing", Upload.OPEN);
                throw e;
            }
            uploads.failed(id, String.valueOf(e.getBody().getDetail()));
            storage.deleteStaged(upload.stagingKey());
            throw e;
        } catch (RuntimeException e) {
            uploads.transition(id, "completing", Upload.OPEN);
            throw e;
        }
    }

    /** Parts 1..n without a gap, all but the last at least 5 MiB, adding up to the announced size. */
    private static void checkParts(Upload upload, List<Upload.Part> parts) {
        if (parts.isEmpty()) {
            throw MediaException.invalid("No part has been received.", "parts");
        }
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            Upload.Part part = parts.get(i);
            if (part.number() != i + 1) {
                throw MediaException.invalid("Part " + (i + 1) + " is missing.", "parts");
            }
            if (i < parts.size() - 1 && part.size() < ChunkedUploads.MIN_PART_SIZE) {
                throw MediaException.invalid("Part " + part.number() + " has " + part.size() + " bytes; every part but the"
                        + " last needs at least " + ChunkedUploads.MIN_PART_SIZE + " (5 MiB).", "parts");
            }
            total += part.size();
        }
        if (total != upload.declaredSize()) {
            throw MediaException.invalid("The parts have " + total + " bytes, the upload announced "
                    + upload.declaredSize() + ".", "parts");
        }
    }

    private void assemble(Upload upload, List<Upload.Part> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(part -> CompletedPart.builder().partNumber(part.number()).eTag(part.etag()).build()).toList();
        try {
            storage.completeMultipart(upload.stagingKey(), upload.s3UploadId(), completed);
        } catch (S3Exception e) {
            if (!storage.exists(upload.stagingKey())) {
                throw e;
            }
            // An earlier attempt had S3 join the parts before failing: carry on from there.
        }
    }
}
