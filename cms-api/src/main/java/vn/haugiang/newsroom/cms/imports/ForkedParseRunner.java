package vn.haugiang.newsroom.cms.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses in child JVMs, one {@link ForkWorker} per concurrent import.
 *
 * <p>The time limit has three layers. (1) The child's own watchdog (Tika's {@code ForkServer})
 * calls {@code System.exit} once a parse call has run longer than the timeout, checking every
 * "pulse"; the broken pipe then surfaces here as a {@link TikaException}, which counts as a timeout
 * when the call took at least the time limit. (2) Should the child not die (a wedged JVM), a reaper
 * kills the worker's process shortly after the limit. (3) A child that dies early (out of memory:
 * it runs with {@code -XX:+ExitOnOutOfMemoryError}) is reported as an unreadable file.
 */
final class ForkedParseRunner implements ParseRunner {

    /** How long an idle child JVM is kept before it exits by itself. */
    static final Duration IDLE = Duration.ofMinutes(5);
    /** Extra time the reaper allows beyond the child's own watchdog. */
    private static final Duration REAPER_GRACE = Duration.ofSeconds(5);

    private final List<ForkWorker> workers = new ArrayList<>();
    private final BlockingQueue<ForkWorker> idle;
    private final ScheduledThreadPoolExecutor reaper;
    private final Duration timeout;
    private final long pulseMillis;
    private final AtomicBoolean closed = new AtomicBoolean();

    ForkedParseRunner(Parser parser, DocumentImportProperties properties) {
        this.timeout = properties.timeout();
        // Check often enough that a short limit is kept, rarely enough to cost nothing.
        this.pulseMillis = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
        this.idle = new ArrayBlockingQueue<>(properties.workers());
        for (int i = 0; i < properties.workers(); i++) {
            ForkWorker worker = new ForkWorker(parser, Math.max(1, timeout.toMillis()), pulseMillis, IDLE.toMillis(),
                    properties.forkedHeapMegabytes());
            workers.add(worker);
            idle.add(worker);
        }
        reaper = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "document-import-reaper");
            thread.setDaemon(true);
            return thread;
        });
        reaper.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void parse(Path file, Metadata metadata, ContentHandler handler, String label) {
        ForkWorker worker = takeWorker();
        try {
            worker.warmUp();
            AtomicBoolean reaped = new AtomicBoolean();
            long deadline = timeout.plus(REAPER_GRACE).toMillis() + 2 * pulseMillis;
            ScheduledFuture<?> reap = reaper.schedule(() -> {
                reaped.set(true);
                worker.kill();
            }, deadline, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            try (TikaInputStream input = TikaInputStream.get(file)) {
                worker.parse(input, handler, metadata);
            } catch (ParseFailure failure) {
                throw DocumentImportException.from(failure);
            } catch (TikaException | SAXException e) {
                // The child died mid-parse: its watchdog, the reaper or an out-of-memory exit.
                worker.kill(); // never reuse a half-dead child
                boolean timedOut = reaped.get() || Duration.ofNanos(System.nanoTime() - start).compareTo(timeout) >= 0;
                throw timedOut ? timeoutException(label, e)
                        : new DocumentImportException(DocumentImportException.Kind.CORRUPT, "the file is not a readable "
                                + label + ": the parser process stopped while reading it (probably out of memory)", null, e);
            } catch (IOException e) {
                worker.kill();
                throw new IllegalStateException("the isolated document parser could not be started or reached", e);
            } finally {
                reap.cancel(false);
            }
        } finally {
            idle.add(worker);
        }
    }

    private ForkWorker takeWorker() {
        if (closed.get()) {
            throw new IllegalStateException("the document importer is closed");
        }
        try {
            ForkWorker worker = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (worker == null) {
                throw new DocumentImportException(DocumentImportException.Kind.TIMEOUT, "all " + workers.size()
                        + " document parsers stayed busy for " + seconds(timeout) + "; try again shortly", null, null);
            }
            return worker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document parser", e);
        }
    }

    private DocumentImportException timeoutException(String label, Exception cause) {
        return new DocumentImportException(DocumentImportException.Kind.TIMEOUT,
                "reading the " + label + " took longer than the limit of " + seconds(timeout), null, cause);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            reaper.shutdownNow();
            workers.forEach(ForkWorker::close);
        }
    }
}
