package vn.haugiang.newsroom.publisher.job;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Counts the recorded outcomes of the send step by kind in its execution context ({@value #DELIVERED},
 * {@value #FAILED}, {@value #UNKNOWN}), saved with each chunk's commit. Batch's own counts say how many
 * were read, written and skipped, not what the channels answered. {@code afterWrite} runs only for a
 * write that succeeded (once per item, also when a chunk is written again item by item), so nothing is
 * counted twice; an outcome that could not be recorded counts as failed.
 */
class OutcomeCounts implements ItemWriteListener<SentDelivery>, SkipListener<ClaimedDelivery, SentDelivery> {

    static final String DELIVERED = "outcomes.delivered";
    static final String FAILED = "outcomes.failed";
    static final String UNKNOWN = "outcomes.unknown";

    @Override
    public void afterWrite(Chunk<? extends SentDelivery> items) {
        for (SentDelivery sent : items) {
            Outcome outcome = sent.outcome();
            increment(outcome instanceof Outcome.Delivered ? DELIVERED
                    : outcome instanceof Outcome.Unknown ? UNKNOWN : FAILED);
        }
    }

    @Override
    public void onSkipInWrite(SentDelivery item, Throwable t) {
        increment(FAILED);
    }

    private static void increment(String key) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            ExecutionContext counts = context.getStepExecution().getExecutionContext();
            counts.putLong(key, counts.getLong(key, 0L) + 1);
        }
    }
}
