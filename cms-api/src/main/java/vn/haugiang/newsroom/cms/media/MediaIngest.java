package vn.haugiang.newsroom.cms.media;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns spooled bytes into a stored medium: type from the bytes, size limit of that kind, metadata
 * and renditions, then (1) claim the row, where the unique (unit, SHA-256) decides whether the
 * content is new, (2) write the objects, (3) mark it ready with its outbox row in one transaction.
 * Claiming first means a duplicate is never uploaded to S3 and the database is never in a
 * transaction while gigabytes travel.
 */
@Component
class MediaIngest {

    private static final Logger log = LoggerFactory.getLogger(MediaIngest.class);

    private final ContentTypes types;
    private final MediaInspector inspector;
    private final MediaStore store;
    private final MediaStorage storage;
    private final MediaEvents events;
    private final TransactionOperations transactions;
    private final MediaProperties properties;
    private final Clock clock;

    MediaIngest(ContentTypes types, MediaInspector inspector, MediaStore store, MediaStorage storage, MediaEvents events,
            TransactionOperations transactions, MediaProperties properties, Clock clock) {
        this.types = types;
        this.inspector = inspector;
        this.store = store;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A stored medium and whether this upload created it ({@code false}: the same content was there). */
    record Result(Media media, boolean created) {
    }

    /** What the client claims the type is, for messages: see {@link ContentTypes#claimedType}. */
    @Nullable String claimedType(String fileName, @Nullable String clientType) {
        return types.claimedType(fileName, clientType);
    }

    Result ingest(String unit, UUID uploader, UploadSource source) {
        SpooledFile file = source.file();
        DetectedType type = types.detect(file.path(), source.fileName(), source.claimedType(), source.requestedKind());
        long limit = properties.maxBytes(type.kind());
        if (file.size() > limit) {
            throw MediaException.tooLarge("The " + type.kind().code() + " is " + file.size() + " bytes; the limit for "
                    + type.kind().code() + " is " + limit + " bytes.", "file");
        }
        try (Inspection inspection = inspector.inspect(file, type, source.fileName())) {
            Media media = media(unit, uploader, source, type, inspection);
            if (!store.claim(media)) {
                Media existing = store.findBySha256(unit, file.sha256()).orElseThrow(() -> MediaException.conflict(
                        "The same file was being deleted while you uploaded it; upload it again."));
                return new Result(existing, false);
            }
            try {
                store(media, source, inspection);
                transactions.executeWithoutResult(status -> {
                    store.markReady(media.id());
                    events.created(media);
                });
            } catch (RuntimeException e) {
                undo(media);
                throw e;
            }
            return new Result(store.find(media.id()).orElseThrow(), true);
        }
    }

    private Media media(String unit, UUID uploader, UploadSource source, DetectedType type, Inspection inspection) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String key = MediaKeys.original(unit, id, source.fileName(), type.extension(), now, properties.keyTimeZone());
        List<Rendition> renditions = inspection.renditions().stream()
                .map(r -> new Rendition(r.name(), MediaKeys.rendition(key, r.name(), r.extension()), r.contentType(),
                        r.width(), r.height(), r.size()))
                .toList();
        SpooledFile file = source.file();
        return new Media(id, unit, type.kind(), type.contentType(), file.size(), file.sha256(), source.fileName(), key,
                false, 1, null, inspection.metadata(), inspection.privateMetadata(), renditions, uploader, now);
    }

    private void store(Media media, UploadSource source, Inspection inspection) {
        if (source.stagedKey() != null) {
            storage.copy(source.stagedKey(), media.key(), media.contentType(), media.originalName());
        } else {
            storage.put(media.key(), source.file().path(), media.contentType(), media.originalName());
        }
        for (RenditionFile file : inspection.renditions()) {
            String key = MediaKeys.rendition(media.key(), file.name(), file.extension());
            storage.put(key, file.path(), file.contentType(), media.originalName());
        }
    }

    /** Best effort: the cleanup job removes whatever a failure here leaves behind. */
    private void undo(Media media) {
        try {
            storage.delete(media.keys());
            store.delete(media.id());
        } catch (RuntimeException e) {
            log.warn("Could not undo the half-stored media {}; the cleanup job will retry", media.id(), e);
        }
    }
}
