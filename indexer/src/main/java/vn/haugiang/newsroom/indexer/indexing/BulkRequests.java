package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Sends bulk requests and checks every item's result. A 404 on a delete and a 409 on an externally
 * versioned write (the index already holds that version or a newer one) are success. Items refused
 * for a passing reason (429 too many requests, 5xx) are sent again, up to {@link #ATTEMPTS} times
 * in all; any item still failing then fails the whole call with a {@link ContentIndexingException}
 * naming each one, after the others are written. Callers do not advance past a failed call, so
 * its items are retried by the next run: nothing is dropped.
 */
final class BulkRequests {

    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(BulkRequests.class);

    private final ElasticsearchClient elasticsearch;

    BulkRequests(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** Sends {@code operations} (their ids explicit) to {@code index}; no refresh. */
    void send(String index, List<BulkOperation> operations) {
        List<BulkOperation> pending = operations;
        List<String> failures = new ArrayList<>();
        for (int attempt = 1; !pending.isEmpty() && attempt <= ATTEMPTS; attempt++) {
            BulkResponse response = bulk(index, pending);
            List<BulkOperation> again = new ArrayList<>();
            failures.clear();
            int stale = 0;
            for (int i = 0; i < response.items().size(); i++) {
                BulkResponseItem item = response.items().get(i);
                if (item.error() == null || item.status() == 404) {
                    continue;
                }
                if (item.status() == 409) {
                    stale++;
                    continue;
                }
                failures.add("item " + item.id() + ": " + item.status() + " " + item.error().type() + ": "
                        + item.error().reason());
                if (item.status() == 429 || item.status() >= 500) {
                    again.add(pending.get(i));
                }
            }
            if (stale > 0) {
                log.debug("{} of {} items already indexed at the same or a newer version in {}", stale,
                        pending.size(), index);
            }
            if (again.size() < failures.size()) {
                break;
            }
            pending = again;
        }
        if (!failures.isEmpty()) {
            throw new ContentIndexingException(index, failures);
        }
    }

    private BulkResponse bulk(String index, List<BulkOperation> operations) {
        try {
            return elasticsearch.bulk(b -> b.operations(operations));
        } catch (IOException e) {
            throw new UncheckedIOException("bulk request of " + operations.size() + " items to " + index + " failed", e);
        }
    }
}
