package vn.haugiang.newsroom.batch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes old job instances from Spring Batch's metadata, which otherwise grows by every run (the
 * publisher starts a job every minute, the indexer every 30 s: about 500,000 rows a year).
 *
 * <p>A job instance is deleted when all of these hold:
 * <ul>
 * <li>it has executions, and every one of them ended ({@code COMPLETED}, {@code FAILED}, {@code STOPPED}
 * or {@code ABANDONED}, with an end time) more than {@link BatchRetentionProperties#retention()} ago. An
 * execution still marked running ({@code STARTING}, {@code STARTED}, {@code STOPPING}, {@code UNKNOWN}),
 * a process that died included, keeps its instance until an operator settles it;</li>
 * <li>its last execution cannot or need not be restarted: it is {@code COMPLETED} or {@code ABANDONED}
 * (Spring Batch restarts neither), or it is {@code FAILED} or {@code STOPPED} and superseded: a
 * {@code COMPLETED} execution of the same job name started after it ended. A failed or stopped instance
 * with no completed run after it is kept, however old, so it can still be restarted.</li>
 * </ul>
 *
 * <p>Deleting a superseded failed instance gives up its restart, which the apps' jobs do not need: their
 * restart point is the database (due deliveries, the outbox position), and the later completed run did
 * the work. The publisher's {@code epgDayJob} is identified by (channel, day, fingerprint) and skips a
 * day whose last execution with the same parameters completed; once that instance is deleted, the day is
 * simply rendered again the next time it is asked for, with the same output: harmless.
 *
 * <p>Deletion goes through {@link JobRepository#deleteJobInstance}, Spring Batch's own cleanup, which
 * deletes children first: each execution's context and parameters, its steps' contexts and steps, the
 * execution, then the instance. Instances are deleted in batches of
 * {@link BatchRetentionProperties.Cleanup#batchSize()}, one transaction each, oldest first. Each batch
 * locks its instance rows ({@code FOR UPDATE SKIP LOCKED}): two apps (or instances) cleaning at the same
 * time take different instances, and a restart starting meanwhile, which takes a key-share lock on its
 * instance row, is either skipped or waits for the batch to end.
 *
 * <p>Execution times are the local date-times Spring Batch stores, in this JVM's zone.
 */
public class BatchRetention {

    private static final Logger log = LoggerFactory.getLogger(BatchRetention.class);

    private final JdbcClient jdbc;
    private final JobRepository jobRepository;
    private final TransactionTemplate transactions;
    private final BatchRetentionProperties properties;

    public BatchRetention(JdbcClient jdbc, JobRepository jobRepository, TransactionTemplate transactions,
            BatchRetentionProperties properties) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.properties = properties;
    }

    /**
     * Deletes the job instances that ended more than the retention before now (see above).
     *
     * @return how many job instances were deleted
     */
    public int purge() {
        return purge(Instant.now());
    }

    /** {@link #purge()} as of {@code now}. */
    public int purge(Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now.minus(properties.retention()), ZoneId.systemDefault());
        int total = 0;
        while (true) {
            Integer deleted = transactions.execute(status -> deleteBatch(cutoff));
            total += deleted == null ? 0 : deleted;
            if (deleted == null || deleted < properties.cleanup().batchSize()) {
                break;
            }
        }
        log.info("Spring Batch metadata: deleted {} job instances that ended before {} (local time)", total, cutoff);
        return total;
    }

    private int deleteBatch(LocalDateTime cutoff) {
        List<Long> ids = jdbc.sql("""
                SELECT i.job_instance_id FROM batch_job_instance i
                WHERE EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id)
                  AND NOT EXISTS (
                      SELECT 1 FROM batch_job_execution e
                      WHERE e.job_instance_id = i.job_instance_id
                        AND (e.end_time IS NULL OR e.end_time >= :cutoff
                             OR e.status NOT IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')))
                  AND EXISTS (
                      SELECT 1 FROM (
                          SELECT e.status, e.end_time FROM batch_job_execution e
                          WHERE e.job_instance_id = i.job_instance_id
                          ORDER BY e.job_execution_id DESC LIMIT 1
                      ) AS last
                      WHERE last.status IN ('COMPLETED', 'ABANDONED')
                         OR EXISTS (SELECT 1 FROM batch_job_execution later
                                    JOIN batch_job_instance li ON li.job_instance_id = later.job_instance_id
                                    WHERE li.job_name = i.job_name AND later.status = 'COMPLETED'
                                      AND later.start_time > last.end_time))
                ORDER BY i.job_instance_id
                LIMIT :limit
                FOR UPDATE OF i SKIP LOCKED
                """)
                .param("cutoff", cutoff).param("limit", properties.cleanup().batchSize())
                .query(Long.class).list();
        for (long id : ids) {
            JobInstance instance = jobRepository.getJobInstance(id);
            if (instance != null) {
                jobRepository.deleteJobInstance(instance);
            }
        }
        return ids.size();
    }
}
