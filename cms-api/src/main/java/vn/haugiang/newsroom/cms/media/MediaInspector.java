package vn.haugiang.newsroom.cms.media;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.exception.EncryptedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ContentExaminer} on an upload within a time limit, on at most
 * {@code inspect-workers} threads at once.
 *
 * <p>Why threads and not Tika's {@code ForkParser} (child JVMs) as the document importer uses: the
 * media parsers only read headers, tags and indexes (MP3 frames, MP4 boxes, JPEG segments), streaming
 * over a file, and image decoding is bounded by {@code max-pixels} and subsampling, so the risks left
 * are a parser that loops or one that is slow. The limit bounds the wait; the thread is interrupted
 * and abandoned. Java cannot stop a thread that ignores interrupts, so each abandoned thread may keep
 * a CPU until it ends: at most {@code 2 × inspect-workers} inspection threads may be alive, after
 * which uploads get 503 while reads, publishing and the rest of the API keep working. What threads
 * cannot contain is a parser that exhausts the heap; that would need the forked JVM.
 */
@Component
class MediaInspector {

    private static final Logger log = LoggerFactory.getLogger(MediaInspector.class);

    private final ContentExaminer examiner;
    private final MediaProperties properties;
    private final Semaphore permits;
    private final AtomicInteger alive = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();

    MediaInspector(ContentExaminer examiner, MediaProperties properties) {
        this.examiner = examiner;
        this.properties = properties;
        this.permits = new Semaphore(properties.inspectWorkers());
    }

    /**
     * @throws MediaException 422 when the content cannot be read in time or at all, 503 when no
     *     worker is free
     */
    Inspection inspect(SpooledFile file, DetectedType type, String fileName) {
        Duration timeout = properties.inspectTimeout();
        acquire(timeout);
        try {
            if (alive.get() >= 2 * properties.inspectWorkers()) {
                throw MediaException.busy(alive.get() + " file inspections are still running past their time limit;"
                        + " try again later");
            }
            Path work = workDirectory();
            var task = new FutureTask<>(() -> examiner.examine(file, type, fileName, work));
            alive.incrementAndGet();
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } finally {
                    alive.decrementAndGet();
                }
            }, "media-inspect-" + started.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
            try {
                return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                task.cancel(true);
                Inspection.deleteTree(work);
                throw MediaException.unreadable("Reading the " + type.contentType() + " file took longer than the limit of "
                        + timeout.toSeconds() + " s; it may be damaged.", type.contentType());
            } catch (ExecutionException e) {
                Inspection.deleteTree(work);
                throw translate(e.getCause(), type);
            } catch (InterruptedException e) {
                task.cancel(true);
                Inspection.deleteTree(work);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while inspecting an upload", e);
            }
        } finally {
            permits.release();
        }
    }

    private void acquire(Duration timeout) {
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw MediaException.busy("All " + properties.inspectWorkers() + " media inspectors stayed busy for "
                        + timeout.toSeconds() + " s; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a media inspector", e);
        }
    }

    private Path workDirectory() {
        try {
            Files.createDirectories(properties.spool());
            return Files.createTempDirectory(properties.spool(), "media-renditions-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory in " + properties.spool(), e);
        }
    }

    private static RuntimeException translate(Throwable failure, DetectedType type) {
        if (failure instanceof MediaException refused) {
            return refused;
        }
        if (failure instanceof EncryptedDocumentException) {
            return MediaException.unreadable("The " + type.contentType() + " file is encrypted.", type.contentType());
        }
        // Whatever else a parser throws on a file (its own exceptions, IOException, a runtime
        // exception from malformed input) is the file's fault as far as the uploader can tell; the
        // stack trace is logged in case it is ours.
        log.warn("Cannot read an uploaded {} file", type.contentType(), failure);
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return MediaException.unreadable("The " + type.contentType() + " file is damaged or truncated: " + reason,
                type.contentType());
    }

    /** Whether {@code ffmpeg} is on the PATH, for the note in a video's metadata. */
    static boolean ffmpegInstalled() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "ffmpeg")));
    }
}
