package vn.haugiang.newsroom.publisher.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Replaces a failed run's exit description (by default a stack trace, cut at 2,500 characters before
 * its causes) with the chain of what went wrong, {@code Type: message ← Cause: message ...}, so the
 * runs API and the job repository say why in one line.
 */
class FailureSummary implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED || execution.getAllFailureExceptions().isEmpty()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Throwable failure : execution.getAllFailureExceptions()) {
            List<String> chain = new ArrayList<>();
            for (Throwable t = failure; t != null && chain.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
                chain.add(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
            failures.add(String.join(" ← ", chain));
        }
        execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), String.join("; ", failures)));
    }
}
