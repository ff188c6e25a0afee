package vn.haugiang.newsroom.indexer.indexing;

import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

/** Starts a job as a new instance (identifying parameter {@code run} = start instant, UTC), synchronously. */
final class JobRuns {

    private JobRuns() {
    }

    static JobExecution start(JobOperator jobOperator, Job job) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("run", Instant.now().toString())
                .toJobParameters();
        try {
            return jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + job.getName(), e);
        }
    }
}
