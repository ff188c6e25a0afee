package vn.haugiang.newsroom.indexer.indexing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Writes publication documents ({@code _id} = publication id, so a rewrite replaces the document:
 * idempotent) and deletes the documents of publications that no longer exist (a slot deleted or
 * moved to the future), in one bulk request per call; see {@link BulkRequests} for errors.
 */
final class PublicationWriter {

    private final BulkRequests bulk;

    PublicationWriter(BulkRequests bulk) {
        this.bulk = bulk;
    }

    void write(String index, List<PublicationDocument> documents, Collection<String> absentIds) {
        List<BulkOperation> operations = new ArrayList<>();
        for (PublicationDocument document : documents) {
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(document.id()).document(document))));
        }
        for (String id : absentIds) {
            operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))));
        }
        if (!operations.isEmpty()) {
            bulk.send(index, operations);
        }
    }
}
