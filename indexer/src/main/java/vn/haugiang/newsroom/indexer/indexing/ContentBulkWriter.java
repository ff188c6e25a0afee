package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Writes documents with one bulk request, {@code _id} = item id and external versioning with the
 * item's version, then checks every item's result. A 409 (the index already holds that version or
 * a newer one) is success: an older event never overwrites a newer document. Any other item error
 * fails the whole call with a {@link ContentIndexingException} naming each failed item, after the
 * others are written; the caller does not advance past them, so they are retried.
 */
final class ContentBulkWriter {

    private static final Logger log = LoggerFactory.getLogger(ContentBulkWriter.class);

    private final ElasticsearchClient elasticsearch;

    ContentBulkWriter(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
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
        BulkResponse response;
        try {
            response = elasticsearch.bulk(b -> b.operations(operations));
        } catch (IOException e) {
            throw new UncheckedIOException("bulk request of " + operations.size() + " items to " + index + " failed", e);
        }
        List<String> failures = new ArrayList<>();
        int stale = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null || item.status() == 404) {
                continue;
            }
            if (item.status() == 409) {
                stale++;
            } else {
                failures.add("item " + item.id() + ": " + item.status() + " " + item.error().type() + ": "
                        + item.error().reason());
            }
        }
        if (stale > 0) {
            log.debug("{} of {} items already indexed at the same or a newer version in {}", stale,
                    documents.size(), index);
        }
        if (!failures.isEmpty()) {
            throw new ContentIndexingException(index, failures);
        }
    }
}
