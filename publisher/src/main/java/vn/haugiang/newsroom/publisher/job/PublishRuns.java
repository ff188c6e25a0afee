package vn.haugiang.newsroom.publisher.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs the publish job ({@link PublishJobConfiguration}) synchronously and reads its executions.
 *
 * <p>Each {@link #run()} is a new job instance: identifying parameter {@code run} (a random UUID),
 * identifying {@code unit} for a run within one unit ({@link #runFor}), non-identifying
 * {@code instance} (this publisher instance) and {@code requestedAt} (UTC). Runs may
 * overlap, within this process or across instances: claims under row locks keep them apart. A
 * {@code FAILED} or {@code STOPPED} execution can be {@link #restart restarted}; the restart is a new
 * execution of the same instance, with the same parameters.
 */
@Service
public class PublishRuns {

    private static final Logger log = LoggerFactory.getLogger(PublishRuns.class);
    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING, BatchStatus.UNKNOWN);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final JdbcClient jdbc;
    private final RunsHere runsHere;
    private final PublishingProperties properties;

    PublishRuns(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(PublishJobConfiguration.JOB) Job job, JdbcClient jdbc, RunsHere runsHere,
            PublishingProperties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.jdbc = jdbc;
        this.runsHere = runsHere;
        this.properties = properties;
    }

    /** Plans new outbox events and sends everything due, as this instance; returns when done. */
    public JobExecution run() {
        return runFor(null);
    }

    /**
     * {@link #run()} sending only the due deliveries of {@code unit}'s items to {@code unit}'s channels
     * (see {@link PublishJobConfiguration}); {@code null} sends every unit's.
     *
     * @param unit a unit id, e.g. {@code bao-hau-giang} (a {@link vn.haugiang.newsroom.publisher.access.Caller#unitScope()})
     */
    public JobExecution runFor(@Nullable String unit) {
        return run(properties.instanceIdOrDefault(), unit);
    }

    JobExecution run(String instance) {
        return run(instance, null);
    }

    JobExecution run(String instance, @Nullable String unit) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString("run", UUID.randomUUID().toString());
        if (unit != null) {
            builder.addString(PublishJobConfiguration.UNIT, unit);
        }
        JobParameters parameters = builder
                .addString("instance", instance, false)
                .addString("requestedAt", Instant.now().toString(), false)
                .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            log.info("Publish run {}: {} {}", execution.getId(), execution.getStatus(), PublishRun.of(execution));
            return execution;
        }
        catch (Exception e) {
            throw new IllegalStateException("could not start " + job.getName(), e);
        }
    }

    /**
     * Restarts a failed or stopped execution synchronously. An execution still marked running whose
     * process died (killed, crashed) is restarted only when the operator says it was
     * {@code abandoned}: it is then marked FAILED first ({@link JobOperator#recover}). Saying so
     * wrongly cannot send anything twice (claims keep runs apart); it only confuses the run history.
     *
     * @param unit the caller's unit scope: a caller within a unit restarts only that unit's runs (others
     *             are not found); {@code null} restarts any
     * @throws RunProblem 404 for no such run; 409 for a completed run, one running in this process, or
     *                    one marked running elsewhere without {@code abandoned}
     */
    JobExecution restart(long executionId, boolean abandoned, @Nullable String unit) {
        JobExecution execution = execution(executionId, unit).orElseThrow(() -> RunProblem.notFound(executionId));
        if (RUNNING.contains(execution.getStatus())) {
            if (runsHere.contains(executionId)) {
                throw RunProblem.notRestartable(executionId, execution.getStatus(), "it is running in this instance");
            }
            if (!abandoned) {
                throw RunProblem.maybeRunningElsewhere(executionId, execution.getStatus());
            }
            log.warn("Publish run {} marked {} declared abandoned by an operator: recovering it", executionId,
                    execution.getStatus());
            execution = jobOperator.recover(execution);
        }
        if (!RESTARTABLE.contains(execution.getStatus())) {
            throw RunProblem.notRestartable(executionId, execution.getStatus());
        }
        try {
            return jobOperator.restart(execution);
        }
        catch (Exception e) {
            throw RunProblem.notRestartable(executionId, execution.getStatus(), e.getMessage());
        }
    }

    /**
     * The execution, if it is within {@code unit}'s scope: a run with job parameter {@code unit} equal
     * to it; {@code null} is every run's scope. An unscoped run (scheduled, a SYSTEM_ADMIN's) sends every
     * unit's deliveries, so its counts and errors are not one unit's to see.
     *
     * @param unit a {@link vn.haugiang.newsroom.publisher.access.Caller#unitScope()}
     */
    Optional<JobExecution> execution(long executionId, @Nullable String unit) {
        return execution(executionId)
                .filter(e -> unit == null || unit.equals(e.getJobParameters().getString(PublishJobConfiguration.UNIT)));
    }

    Optional<JobExecution> execution(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        }
        catch (EmptyResultDataAccessException e) {
            // Spring Batch 6.0 throws here for an id it does not know, where it documents null.
            return Optional.empty();
        }
        return execution != null && execution.getJobInstance().getJobName().equals(job.getName())
                ? Optional.of(execution) : Optional.empty();
    }

    /**
     * Executions within {@code unit}'s scope (as {@link #execution(long, String)}), newest first, those
     * with an id below {@code before} when given. The scope is a condition of the query, not a filter
     * of its page, so a page is full whatever other units' runs lie between.
     */
    List<JobExecution> list(@Nullable String unit, @Nullable Long before, int limit) {
        return jdbc.sql("""
                SELECT e.job_execution_id FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE i.job_name = :job AND (CAST(:before AS bigint) IS NULL OR e.job_execution_id < :before)
                AND (CAST(:unit AS text) IS NULL OR EXISTS (
                    SELECT 1 FROM batch_job_execution_params p
                    WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = :unitParameter
                    AND p.parameter_value = :unit))
                ORDER BY e.job_execution_id DESC
                LIMIT :limit
                """)
                .param("job", job.getName()).param("before", before).param("limit", limit)
                .param("unit", unit).param("unitParameter", PublishJobConfiguration.UNIT)
                .query(Long.class).list()
                .stream()
                .map(id -> execution(id).orElseThrow())
                .toList();
    }
}
