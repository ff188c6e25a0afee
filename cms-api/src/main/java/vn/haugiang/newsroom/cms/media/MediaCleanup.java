package vn.haugiang.newsroom.cms.media;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The media library's housekeeping, run every {@code cleanup-interval} by
 * {@link MediaConfiguration}: deletes media no item has used for {@code orphan-grace} (default 7
 * days) after their upload, discards media whose upload died half-way ({@code storing} for longer
 * than {@code storing-timeout}), and aborts resumable uploads past {@code upload-expiry}.
 *
 * <p>Safe on several instances at once: each deletion re-checks the references and deletes the row
 * with {@code DELETE ... RETURNING}, so only one instance writes the outbox row.
 */
@Component
public class MediaCleanup {

    private static final Logger log = LoggerFactory.getLogger(MediaCleanup.class);
    private static final int BATCH = 100;

    private final MediaStore store;
    private final MediaRemoval removal;
    private final ChunkedUploads uploads;
    private final MediaProperties properties;
    private final Clock clock;

    MediaCleanup(MediaStore store, MediaRemoval removal, ChunkedUploads uploads, MediaProperties properties, Clock clock) {
        this.store = store;
        this.removal = removal;
        this.uploads = uploads;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run with the configured grace period; what the scheduler calls. */
    public void run() {
        Instant now = clock.instant();
        int orphans = removeUnreferencedCreatedBefore(now.minus(properties.orphanGrace()));
        int unfinished = 0;
        for (Media media : store.storingSince(now.minus(properties.storingTimeout()), BATCH)) {
            removal.discardUnfinished(media);
            unfinished++;
        }
        int aborted = uploads.abortExpired(now);
        if (orphans + unfinished + aborted > 0) {
            log.info("Media cleanup: {} unreferenced media deleted, {} unfinished uploads discarded, {} expired"
                    + " resumable uploads aborted", orphans, unfinished, aborted);
        }
    }

    /**
     * Deletes every medium created before {@code cutoff} that no item uses, with its objects and a
     * {@code MediaDeleted} outbox row each.
     *
     * @return how many were deleted
     */
    public int removeUnreferencedCreatedBefore(Instant cutoff) {
        int removed = 0;
        for (var batch = store.unreferencedBefore(cutoff, BATCH); !batch.isEmpty(); ) {
            int before = removed;
            for (UUID id : batch) {
                var media = store.find(id);
                if (media.isPresent() && removal.removeIfUnused(media.get()).isEmpty()) {
                    removed++;
                }
            }
            // A batch where nothing could go (all used meanwhile) would come back unchanged.
            batch = removed == before ? List.of() : store.unreferencedBefore(cutoff, BATCH);
        }
        return removed;
    }
}
