package vn.haugiang.newsroom.publisher.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The publish-job executions running in this process. An execution the job repository says is
 * running but that is not here either runs on another instance or died with its process; only an
 * operator can tell which (see {@link PublishRuns#restart}).
 */
@Component
class RunsHere implements JobExecutionListener {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution.getId());
    }

    boolean contains(long executionId) {
        return running.contains(executionId);
    }
}
