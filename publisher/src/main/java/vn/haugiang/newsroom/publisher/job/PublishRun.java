package vn.haugiang.newsroom.publisher.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One execution of the publish job as the API shows it (instants UTC, ISO-8601).
 *
 * @param id               the job execution id ({@code GET /api/publish/runs/{id}})
 * @param jobInstanceId    the job instance: a restart is a new execution of the same instance
 * @param status           Spring Batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPED, ...
 * @param exitCode         Spring Batch exit code (COMPLETED, FAILED, ...)
 * @param exitDescription  why it failed, truncated to 2,000 characters; empty when it did not
 * @param publisherInstance the instance named in its claims (job parameter {@code instance})
 * @param unit             the unit whose deliveries it sent (job parameter {@code unit}, a unit admin's
 *                         run); null for every unit's
 * @param plannedEvents    outbox events handled by planning (re-read ones included)
 * @param read             deliveries claimed by the send step
 * @param written          outcomes recorded
 * @param skipped          outcomes the database refused (recorded {@code failed_permanent} instead)
 * @param delivered        outcomes recorded {@code delivered}
 * @param failed           outcomes other than delivered or unknown: retry later, permanent, channel
 *                         needing re-authorisation, and the skipped ones
 * @param unknown          outcomes recorded {@code unknown} (may have been sent; reconcile first)
 * @param steps            each step execution, in start order
 */
record PublishRun(long id, long jobInstanceId, String status, String exitCode, String exitDescription,
        @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String publisherInstance, @Nullable String unit,
        long plannedEvents,
        long read, long written, long skipped, long delivered, long failed, long unknown, List<StepRun> steps) {

    private static final int MAX_DESCRIPTION = 2000;

    static PublishRun of(JobExecution execution) {
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .toList();
        StepExecution send = last(steps, PublishJobConfiguration.SEND_STEP);
        StepExecution plan = last(steps, PublishJobConfiguration.PLAN_STEP);
        ExecutionContext counts = send == null ? new ExecutionContext() : send.getExecutionContext();
        String description = execution.getExitStatus().getExitDescription();
        return new PublishRun(execution.getId(), execution.getJobInstanceId(), execution.getStatus().name(),
                execution.getExitStatus().getExitCode(),
                description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description,
                utc(execution.getStartTime()), utc(execution.getEndTime()),
                execution.getJobParameters().getString("instance"),
                execution.getJobParameters().getString(PublishJobConfiguration.UNIT),
                plan == null ? 0 : plan.getExecutionContext().getInt(PublishJobConfiguration.PLANNED_EVENTS, 0),
                send == null ? 0 : send.getReadCount(), send == null ? 0 : send.getWriteCount(),
                send == null ? 0 : send.getSkipCount(), counts.getLong(OutcomeCounts.DELIVERED, 0L),
                counts.getLong(OutcomeCounts.FAILED, 0L), counts.getLong(OutcomeCounts.UNKNOWN, 0L),
                steps.stream().map(StepRun::of).toList());
    }

    /** One step execution with Spring Batch's counts. */
    record StepRun(String name, String status, long read, long written, long filtered, long skipped, long commits,
            long rollbacks, @Nullable Instant startTime, @Nullable Instant endTime) {

        static StepRun of(StepExecution step) {
            return new StepRun(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                    step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), step.getRollbackCount(),
                    utc(step.getStartTime()), utc(step.getEndTime()));
        }
    }

    private static @Nullable StepExecution last(List<StepExecution> steps, String name) {
        StepExecution found = null;
        for (StepExecution step : steps) {
            if (step.getStepName().equals(name)) {
                found = step;
            }
        }
        return found;
    }

    // Spring Batch keeps local date-times of this JVM's zone.
    private static @Nullable Instant utc(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(ZoneId.systemDefault()).toInstant();
    }
}
