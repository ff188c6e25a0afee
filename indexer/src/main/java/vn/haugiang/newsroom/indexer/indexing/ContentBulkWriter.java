package vn.haugiang.newsroom.indexer.indexing;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Writes documents with one bulk request, {@code _id} = item id and external versioning with the
 * item's version, then checks every item's result. A 409 (the index already holds that version or
 * a newer one) is success: an older event never overwrites a newer document. Other item errors
 * are handled by {@link BulkRequests} (retried, then a {@link ContentIndexingException}).
 */
final class ContentBulkWriter {

    private final BulkRequests bulk;

    ContentBulkWriter(BulkRequests bulk) {
        this.bulk = bulk;
    }

    /** Writes {@code documents} to {@code index} (an index or a write alias); no refresh. */
    void write(String index, List<ContentDocument> documents) {
        write(index, documents, List.of());
    }

    /**
     * Writes {@code documents} and deletes the documents of {@code absentIds} (items that have no
     * row any more; a missing document is fine) in one bulk request; no refresh.
     */
    void write(String index, List<ContentDocument> documents, List<String> absentIds) {
        if (documents.isEmpty() && absentIds.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (ContentDocument document : documents) {
            operations.add(BulkOperation.of(b -> b.index(i -> i
                    .index(index)
                    .id(document.id())
                    .version(document.version())
                    .versionType(VersionType.External)
                    .document(document))));
        }
        for (String id : absentIds) {
            operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))));
        }
        bulk.send(index, operations);
    }
}
