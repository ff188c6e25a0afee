package vn.haugiang.newsroom.indexer.indexing;

import java.util.List;

/**
 * Some items of a bulk request were refused by Elasticsearch; {@link #failures()} names each one
 * with its status and reason (the message the first {@value #IN_MESSAGE}). The chunk fails, the
 * position is not advanced, and the items are retried by the next run. Thrown for content items
 * and for publications alike.
 */
public class ContentIndexingException extends RuntimeException {

    /** Failures named in the message; a broken mapping can refuse a whole chunk. */
    static final int IN_MESSAGE = 20;

    private final List<String> failures;

    ContentIndexingException(String index, List<String> failures) {
        super(failures.size() + " item(s) not indexed in " + index + ": "
                + String.join("; ", failures.subList(0, Math.min(IN_MESSAGE, failures.size())))
                + (failures.size() > IN_MESSAGE ? "; and " + (failures.size() - IN_MESSAGE) + " more" : ""));
        this.failures = List.copyOf(failures);
    }

    /** One line per failed item: {@code item <id>: <status> <error type>: <reason>}. */
    public List<String> failures() {
        return failures;
    }
}
