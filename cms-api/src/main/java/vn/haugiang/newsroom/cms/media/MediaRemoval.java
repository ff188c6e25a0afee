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
        List<UUID> users = references.itemsUsing(media.id());
        if (!users.isEmpty()) {
            return users;
        }
        Optional<Long> deleted = transactions.execute(status -> {
            Optional<Long> version = store.delete(media.id());
            version.ifPresent(last -> events.deleted(media, last));
            return version;
        });
        if (deleted != null && deleted.isPresent()) {
            storage.delete(media.keys());
        }
        return List.of();
    }

    /** Removes the row and objects of a medium whose upload never finished: nobody has seen it. */
    void discardUnfinished(Media media) {
        storage.delete(media.keys());
        store.delete(media.id());
    }
}
