package vn.haugiang.newsroom.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * {@link BatchRetention} against the real PostgreSQL schema (migration V2): tiny jobs run for real, their
 * executions moved into the past in SQL, then the cleanup, in batches of two so that it takes several.
 */
@SpringBootTest(properties = "newsroom.batch.cleanup.batch-size=2")
@RequiresLocalServers(LocalServer.POSTGRES)
class BatchRetentionTests {

    /** Children first, as the cleanup deletes them; each counted for a set of job instances. */
    private static final Map<String, String> TABLES = tables();

    @Autowired
    BatchRetention retention;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    private final AtomicBoolean fail = new AtomicBoolean();

    @Test
    void oldFinishedInstancesGoWithAllTheirRowsAndARestartableFailedOneStays() {
        // Job names of their own: what other tests leave in the database never supersedes these runs.
        Job job = job("retentionTestJob-" + UUID.randomUUID());
        Job other = job("retentionTestJob-" + UUID.randomUUID());

        long completedOld = run(job, false).getJobInstanceId();
        JobExecution failedThenCompleted = run(job, true);
        JobExecution restarted = restart(job, failedThenCompleted);
        JobExecution supersededFailure = run(job, true);
        JobExecution completedRecent = run(job, false);
        JobExecution failedRecent = run(job, true);
        JobExecution otherCompleted = run(other, false);
        JobExecution restartableFailure = run(other, true);
        JobExecution stillRunning = run(other, false);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failedThenCompleted.getJobInstanceId());
        assertThat(List.of(failedThenCompleted, supersededFailure, failedRecent, restartableFailure))
                .extracting(JobExecution::getStatus).containsOnly(BatchStatus.FAILED);

        ageExecutionsOf(completedOld, 40);
        ageExecutionsOf(failedThenCompleted.getJobInstanceId(), 40);
        ageExecutionsOf(supersededFailure.getJobInstanceId(), 35);
        // The other job: its only completed run started before its failure ended, so the failure is the
        // newest word on that job and stays restartable however old.
        ageExecutionsOf(otherCompleted.getJobInstanceId(), 50);
        ageExecutionsOf(restartableFailure.getJobInstanceId(), 40);
        // What a killed process leaves: marked running, no end time.
        ageExecutionsOf(stillRunning.getJobInstanceId(), 60);
        jdbc.sql("UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL WHERE job_instance_id = :id")
                .param("id", stillRunning.getJobInstanceId()).update();

        List<Long> gone = List.of(completedOld, failedThenCompleted.getJobInstanceId(),
                supersededFailure.getJobInstanceId(), otherCompleted.getJobInstanceId());
        List<Long> kept = List.of(completedRecent.getJobInstanceId(), failedRecent.getJobInstanceId(),
                restartableFailure.getJobInstanceId(), stillRunning.getJobInstanceId());
        Map<String, Long> goneBefore = counts(gone);
        Map<String, Long> keptBefore = counts(kept);

        int deleted = retention.purge();

        assertThat(goneBefore).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        // Two executions for the restarted instance: its failure and its completion.
        assertThat(goneBefore.get("batch_job_execution")).isEqualTo(5);
        assertThat(counts(gone)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(counts(kept)).isEqualTo(keptBefore);
        assertThat(deleted).isGreaterThanOrEqualTo(gone.size());
        JobExecution stillRestartable = jobRepository.getLastJobExecution(other.getName(),
                restartableFailure.getJobParameters());
        assertThat(stillRestartable).isNotNull();
        assertThat(stillRestartable.getId()).isEqualTo(restartableFailure.getId());
        assertThat(restart(other, stillRestartable).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private Job job(String name) {
        return new JobBuilder(name, jobRepository)
                .start(new StepBuilder("retentionTestStep", jobRepository)
                        .tasklet((contribution, context) -> {
                            if (fail.get()) {
                                throw new IllegalStateException("planned failure");
                            }
                            return RepeatStatus.FINISHED;
                        }, transactionManager)
                        .build())
                .build();
    }

    private JobExecution run(Job job, boolean failing) {
        fail.set(failing);
        try {
            return jobOperator.start(job, new JobParametersBuilder()
                    .addString("run", UUID.randomUUID().toString()).toJobParameters());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A restart: a new execution of the instance, with its parameters. */
    private JobExecution restart(Job job, JobExecution failed) {
        fail.set(false);
        try {
            return jobOperator.start(job, failed.getJobParameters());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void ageExecutionsOf(long instanceId, int days) {
        String shift = "make_interval(days => :days)";
        jdbc.sql("UPDATE batch_job_execution SET create_time = create_time - " + shift + ", start_time = start_time - "
                + shift + ", end_time = end_time - " + shift + " WHERE job_instance_id = :id")
                .param("days", days).param("id", instanceId).update();
    }

    private Map<String, Long> counts(List<Long> instances) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach((table, query) -> counts.put(table, jdbc.sql(query)
                .param("ids", instances.toArray(Long[]::new)).query(Long.class).single()));
        return counts;
    }

    private static Map<String, String> tables() {
        String executions = "SELECT job_execution_id FROM batch_job_execution WHERE job_instance_id = ANY (:ids)";
        String steps = "SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id IN (" + executions + ")";
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("batch_step_execution_context",
                "SELECT count(*) FROM batch_step_execution_context WHERE step_execution_id IN (" + steps + ")");
        tables.put("batch_step_execution", "SELECT count(*) FROM (" + steps + ") s");
        tables.put("batch_job_execution_context",
                "SELECT count(*) FROM batch_job_execution_context WHERE job_execution_id IN (" + executions + ")");
        tables.put("batch_job_execution_params",
                "SELECT count(*) FROM batch_job_execution_params WHERE job_execution_id IN (" + executions + ")");
        tables.put("batch_job_execution", "SELECT count(*) FROM (" + executions + ") e");
        tables.put("batch_job_instance", "SELECT count(*) FROM batch_job_instance WHERE job_instance_id = ANY (:ids)");
        return tables;
    }
}
