package vn.haugiang.newsroom.indexer.indexing;

import java.util.List;

/**
 * Some items of a bulk request were refused by Elasticsearch; the message names each one with its
 * status and reason. The chunk fails, the position is not advanced, and the items are retried by
 * the next run.
 */
public class ContentIndexingException extends RuntimeException {

    private final List<String> failures;

    ContentIndexingException(String index, List<String> failures) {
        super(failures.size() + " item(s) not indexed in " + index + ": " + String.join("; ", failures));
        this.failures = List.copyOf(failures);
    }

    /** One line per failed item: {@code item <id>: <status> <error type>: <reason>}. */
    public List<String> failures() {
        return failures;
    }
}
