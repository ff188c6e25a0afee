package vn.haugiang.newsroom.cms.imports;

import java.time.Duration;

/**
 * Limits and isolation settings of a {@link DocumentImporter}.
 *
 * @param timeout the longest one document may take to parse (default 30 s). In a forked JVM it is
 *     measured by the child from the start of the parse call, so starting the JVM is not counted; a
 *     caller also waits at most this long for a free worker
 * @param maxSizeBytes the largest upload accepted, in bytes (default 50 MB = 52,428,800). The same
 *     number bounds the total size of the embedded images kept, and twice it bounds the characters
 *     of extracted content
 * @param isolateInForkedJvm whether to parse in child JVMs (Tika's {@code ForkParser}, default
 *     {@code true}). Without it the parse runs on a thread in this JVM: the time limit then only
 *     stops waiting for it, and a parser that runs out of memory or never returns harms the service,
 *     so use {@code false} only in development and tests
 * @param workers how many documents may be parsed at the same time, that is how many child JVMs
 *     (or threads) are kept (default 2, one per core of the target machine)
 * @param forkedHeapMegabytes the maximum heap of each child JVM ({@code -Xmx}), in MiB (default 256)
 */
public record DocumentImportProperties(Duration timeout, long maxSizeBytes, boolean isolateInForkedJvm,
        int workers, int forkedHeapMegabytes) {

    /** 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** 50 MB (52,428,800 bytes). */
    public static final long DEFAULT_MAX_SIZE_BYTES = 50L * 1024 * 1024;

    /**
     * @throws IllegalArgumentException for a timeout or size that is not positive, fewer than one
     *     worker or less than 64 MiB of child heap
     */
    public DocumentImportProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxSizeBytes <= 0) {
            throw new IllegalArgumentException("maxSizeBytes must be positive: " + maxSizeBytes);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (forkedHeapMegabytes < 64) {
            throw new IllegalArgumentException("forkedHeapMegabytes must be at least 64: " + forkedHeapMegabytes);
        }
    }

    /** The given limits with 2 workers of 256 MiB heap. */
    public DocumentImportProperties(Duration timeout, long maxSizeBytes, boolean isolateInForkedJvm) {
        this(timeout, maxSizeBytes, isolateInForkedJvm, 2, 256);
    }

    /** 30 s, 50 MB, isolated in forked JVMs, 2 workers of 256 MiB heap. */
    public static DocumentImportProperties defaults() {
        return new DocumentImportProperties(DEFAULT_TIMEOUT, DEFAULT_MAX_SIZE_BYTES, true);
    }

    /** A copy with another time limit. */
    public DocumentImportProperties withTimeout(Duration newTimeout) {
        return new DocumentImportProperties(newTimeout, maxSizeBytes, isolateInForkedJvm, workers,
                forkedHeapMegabytes);
    }

    /** A copy with another size limit. */
    public DocumentImportProperties withMaxSizeBytes(long newMaxSizeBytes) {
        return new DocumentImportProperties(timeout, newMaxSizeBytes, isolateInForkedJvm, workers,
                forkedHeapMegabytes);
    }

    /** A copy that parses in forked JVMs, or not. */
    public DocumentImportProperties withIsolation(boolean isolate) {
        return new DocumentImportProperties(timeout, maxSizeBytes, isolate, workers, forkedHeapMegabytes);
    }

    /** A copy with another number of workers. */
    public DocumentImportProperties withWorkers(int newWorkers) {
        return new DocumentImportProperties(timeout, maxSizeBytes, isolateInForkedJvm, newWorkers,
                forkedHeapMegabytes);
    }
}
