package vn.haugiang.newsroom.cms.media;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * The media library: upload (typed by content, stored once per unit and content), read with
 * presigned URLs, publish to the site, delete when no item uses it.
 *
 * <p>Errors are {@link MediaException}s: 403 for a role that may not, 404 for media of another unit
 * that are not published, 409 for media in use, 413 past the size limit of the kind, 415 for a type
 * that is not accepted, 422 for a file that cannot be read, 503 when every inspector is busy.
 */
@Service
public class MediaService {

    private final MediaIngest ingest;
    private final MediaStore store;
    private final MediaStorage storage;
    private final MediaViews views;
    private final MediaRemoval removal;
    private final MediaEvents events;
    private final TransactionOperations transactions;
    private final MediaProperties properties;
    private final Clock clock;

    MediaService(MediaIngest ingest, MediaStore store, MediaStorage storage, MediaViews views, MediaRemoval removal,
            MediaEvents events, TransactionOperations transactions, MediaProperties properties, Clock clock) {
        this.ingest = ingest;
        this.store = store;
        this.storage = storage;
        this.views = views;
        this.removal = removal;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** An upload's outcome: the medium, and whether this upload created it or found the same content. */
    public record Uploaded(MediaView media, boolean created) {
    }

    /**
     * Stores {@code content} in the user's unit, streaming it to a temporary file (closed here).
     *
     * @param fileName the client's file name, any Unicode form (kept NFC)
     * @param clientType the client's Content-Type, only reported back when the content disagrees
     * @param kind the kind the client expects, or {@code null} to take the detected one
     */
    public Uploaded upload(CurrentUser user, String fileName, @Nullable String clientType, @Nullable MediaKind kind,
            InputStream content) {
        requireUploader(user);
        String name = cleanName(fileName);
        long limit = kind == null ? properties.maxBytesOfAnyKind() : properties.maxBytes(kind);
        try (SpooledFile file = SpooledFile.copy(content, properties.spool(), limit, () -> MediaException.tooLarge(
                "The file is larger than " + limit + " bytes, the limit for " + (kind == null ? "any kind" : kind.code())
                        + ".", "file"))) {
            var source = new UploadSource(file, name, ingest.claimedType(name, clientType), kind, null);
            MediaIngest.Result result = ingest.ingest(user.unitId(), user.id(), source);
            return new Uploaded(views.view(user, result.media()), result.created());
        }
    }

    public MediaView read(CurrentUser user, UUID id) {
        return views.view(user, readable(user, id));
    }

    /** The user's unit's media, newest first; the next page starts after (before, beforeId) of the last one. */
    public List<MediaView> list(CurrentUser user, @Nullable Instant before, @Nullable UUID beforeId, int limit) {
        return store.list(user.unitId(), before, beforeId, Math.max(1, Math.min(limit, 100))).stream()
                .map(media -> views.view(user, media)).toList();
    }

    /**
     * Copies the public files (an image's renditions; audio and video themselves) to the site and
     * marks the medium published; publishing again changes nothing.
     */
    public MediaView publish(CurrentUser user, UUID id) {
        Media media = readable(user, id);
        if (!MediaAccess.canPublish(user, media)) {
            throw MediaException.forbidden("A " + user.role() + " cannot publish media.");
        }
        if (media.published()) {
            return views.view(user, media);
        }
        if (!media.ready()) {
            throw MediaException.conflict("Media " + id + " is still being stored; publish it in a moment.");
        }
        if (media.kind() != MediaKind.IMAGE && Boolean.TRUE.equals(media.privateMetadata().get("locationInOriginal"))) {
            throw MediaException.conflict("This " + media.kind().code() + " file carries a GPS position, which cannot be"
                    + " removed here (that needs ffmpeg); publish a copy without it.");
        }
        storage.publish(media.publicKeys());
        transactions.executeWithoutResult(status -> store.publish(id, clock.instant())
                .ifPresent(version -> events.published(media, version, views.publicUrl(media))));
        return read(user, id);
    }

    /** Deletes the medium and its objects; 409 when an item uses it. */
    public void delete(CurrentUser user, UUID id) {
        Media media = readable(user, id);
        if (!MediaAccess.canDelete(user, media)) {
            throw MediaException.forbidden("A " + user.role() + " cannot delete this medium.");
        }
        List<UUID> users = removal.removeIfUnused(media);
        if (!users.isEmpty()) {
            throw MediaException.inUse(id, users);
        }
    }

    Media readable(CurrentUser user, UUID id) {
        Optional<Media> media = store.find(id);
        if (media.isEmpty() || !MediaAccess.canRead(user, media.get())) {
            throw MediaException.notFound(id);
        }
        return media.get();
    }

    static void requireUploader(CurrentUser user) {
        if (!MediaAccess.canUpload(user)) {
            throw MediaException.forbidden("A " + user.role() + " cannot upload media.");
        }
    }

    /** The NFC name without any directory part the client sent; {@code upload} when nothing is left. */
    static String cleanName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        name = VietnameseText.nfc(name.replaceAll("\\p{Cntrl}", ""));
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
