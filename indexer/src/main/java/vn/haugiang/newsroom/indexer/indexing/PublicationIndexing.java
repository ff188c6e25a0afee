package vn.haugiang.newsroom.indexer.indexing;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs the publication jobs: {@link #indexChanges()} (the incremental job over the outbox, the
 * delivery events and the {@code publication} view's time window; also run on the content
 * schedule) and {@link #rebuild()} (a full rebuild behind the {@code publications} alias).
 * Synchronous and serialised within this process, like {@link ContentIndexing}; a failed run's
 * execution is returned with status FAILED and its exceptions (e.g. a
 * {@link ContentIndexingException} naming each document Elasticsearch refused).
 */
@Service
public class PublicationIndexing {

    private final JobOperator jobOperator;
    private final Job indexJob;
    private final Job rebuildJob;

    PublicationIndexing(JobOperator jobOperator, @Qualifier("publicationIndexJob") Job indexJob,
            @Qualifier("publicationRebuildJob") Job rebuildJob) {
        this.jobOperator = jobOperator;
        this.indexJob = indexJob;
        this.rebuildJob = rebuildJob;
    }

    /** Indexes the publications that appeared or changed since the last run. */
    public synchronized JobExecution indexChanges() {
        return JobRuns.start(jobOperator, indexJob);
    }

    /** Copies every publication into a new index and swaps the alias to it. */
    public synchronized JobExecution rebuild() {
        return JobRuns.start(jobOperator, rebuildJob);
    }
}
