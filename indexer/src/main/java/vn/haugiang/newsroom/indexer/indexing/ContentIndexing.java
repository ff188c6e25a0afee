package vn.haugiang.newsroom.indexer.indexing;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs the content jobs: {@link #indexChanges()} (the incremental outbox job, also run on a
 * schedule) and {@link #rebuild()} (a full rebuild into a new index behind the alias).
 *
 * <p>Runs are synchronous and serialised within this process, so a rebuild's alias swap and
 * position rewind never interleave with an incremental chunk. Each run is a new job instance
 * (identifying parameter {@code run} = start instant, UTC). A failed run's execution is returned
 * with status FAILED and its exceptions (e.g. a {@link ContentIndexingException} naming each
 * item Elasticsearch refused); the next incremental run retries those items.
 */
@Service
public class ContentIndexing {

    private final JobOperator jobOperator;
    private final Job indexJob;
    private final Job rebuildJob;

    ContentIndexing(JobOperator jobOperator, @Qualifier("contentIndexJob") Job indexJob,
            @Qualifier("contentRebuildJob") Job rebuildJob) {
        this.jobOperator = jobOperator;
        this.indexJob = indexJob;
        this.rebuildJob = rebuildJob;
    }

    /** Indexes what the outbox recorded since the last run (and a safety window before it). */
    public synchronized JobExecution indexChanges() {
        return run(indexJob);
    }

    /** Copies every item into a new index and swaps the alias to it; the old index is deleted. */
    public synchronized JobExecution rebuild() {
        return run(rebuildJob);
    }

    private JobExecution run(Job job) {
        return JobRuns.start(jobOperator, job);
    }
}
