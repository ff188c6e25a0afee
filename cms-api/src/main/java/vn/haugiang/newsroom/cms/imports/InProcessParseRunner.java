package vn.haugiang.newsroom.cms.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Parses on a bounded pool of threads in this JVM, for development and tests. The time limit only
 * stops the wait: the parsing thread is interrupted, but Java cannot stop a thread that ignores
 * interrupts, so a parser stuck in a loop keeps a worker thread (and CPU) until it ends. Use
 * {@link ForkedParseRunner} in production.
 */
final class InProcessParseRunner implements ParseRunner {

    private final Parser parser;
    private final Duration timeout;
    private final ExecutorService executor;

    InProcessParseRunner(Parser parser, DocumentImportProperties properties) {
        this.parser = parser;
        this.timeout = properties.timeout();
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "document-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void parse(Path file, Metadata metadata, ContentHandler handler, String label) {
        Future<?> future;
        try {
            future = executor.submit(() -> {
                try (TikaInputStream input = TikaInputStream.get(file)) {
                    parser.parse(input, handler, metadata, new ParseContext());
                }
                return null;
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("the document importer is closed", e);
        }
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DocumentImportException(DocumentImportException.Kind.TIMEOUT, "reading the " + label
                    + " took longer than the limit of " + ForkedParseRunner.seconds(timeout), null, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParseFailure failure) {
                throw DocumentImportException.from(failure);
            }
            throw new IllegalStateException("the document parser failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing a document", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
