package vn.haugiang.newsroom.cms.media;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deletes a medium that no item uses: its row and {@code MediaDeleted} outbox row in one
 * transaction, then its objects. In that order because a row without objects would be a broken
 * medium, while objects without a row are only garbage (and deleting a missing object is fine, so a
 * retry completes the job).
 */
@Component
class MediaRemoval {

    private final MediaStore store;
    private final MediaStorage storage;
    private final MediaReferences references;
    private final MediaEvents events;
    private final TransactionOperations transactions;

    MediaRemoval(MediaStore store, MediaStorage storage, MediaReferences references, MediaEvents events,
            TransactionOperations transactions) {
        this.store = store;
        this.storage = storage;
        this.references = references;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Removes {@code media} unless an item uses it.
     *
     * @return the items that use it (nothing was removed), or an empty list once it is removed
     */
    List<UUID> removeIfUnused(Media media) {
        // The row lock orders this against item saves, which lock the media they reference
        // (FOR SHARE): either the save commits first and its reference is seen here, or the
        // delete commits first and the save finds no medium to reference.
        Removal removal = transactions.execute(status -> {
            if (!store.lock(media.id())) {
                return new Removal(List.of(), Optional.empty());
            }
            List<UUID> users = references.itemsUsing(media.id());
            if (!users.isEmpty()) {
                return new Removal(users, Optional.empty());
            }
            Optional<Long> version = store.delete(media.id());
            version.ifPresent(last -> events.deleted(media, last));
            return new Removal(List.of(), version);
        });
        if (removal == null) {
            return List.of();
        }
        if (removal.deletedVersion().isPresent()) {
            storage.delete(media.keys());
        }
        return removal.users();
    }

    private record Removal(List<UUID> users, Optional<Long> deletedVersion) {
    }

    /** Removes the row and objects of a medium whose upload never finished: nobody has seen it. */
    void discardUnfinished(Media media) {
        storage.delete(media.keys());
        store.delete(media.id());
    }
}
