package vn.haugiang.newsroom.publisher.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Records a delivery whose outcome could not be stored (skipped in write) as {@code failed_permanent}
 * with the database's reason, so it is visible and an operator can retry it, instead of waiting in
 * {@code in_progress} for its lease. On a channel where sending twice is not harmless (social: the
 * post may exist) a refused {@code Delivered} is recorded {@code unknown} instead: reconcile looks for
 * the post, and an operator's retry needs {@code confirmNotSent}.
 *
 * <p>Recorded in a transaction of its own: Spring Batch rolls back the transaction of the item it
 * skips. The refused statement had run under a savepoint ({@link OutcomeWriter}), whose rollback
 * released its row lock, so this does not wait on the chunk. Never throws: an exception here would
 * fail the chunk's scan. If even this record fails, the delivery keeps its lease and is handled as
 * any expired lease is.
 */
class UnrecordableOutcomes implements SkipListener<ClaimedDelivery, SentDelivery> {

    private static final Logger log = LoggerFactory.getLogger(UnrecordableOutcomes.class);

    private final Deliveries deliveries;
    private final TransactionTemplate requiresNew;

    UnrecordableOutcomes(Deliveries deliveries, TransactionTemplate requiresNew) {
        this.deliveries = deliveries;
        this.requiresNew = requiresNew;
    }

    @Override
    public void onSkipInWrite(SentDelivery sent, Throwable cause) {
        String reason = "outcome could not be recorded (" + sent.outcome().getClass().getSimpleName() + "): "
                + (cause instanceof DataAccessException data ? data.getMostSpecificCause().getMessage() : cause);
        log.warn("Delivery {}: {}", sent.delivery().deliveryId(), reason);
        Outcome recorded = sent.outcome() instanceof Outcome.Delivered && !sent.delivery().channelKind().repeatable()
                ? new Outcome.Unknown(reason) : new Outcome.Permanent(reason, null);
        try {
            requiresNew.executeWithoutResult(status -> deliveries.record(sent.delivery().deliveryId(),
                    sent.delivery().claimedBy(), recorded));
        }
        catch (RuntimeException e) {
            log.error("Delivery {} could not be recorded failed either; its lease will run out",
                    sent.delivery().deliveryId(), e);
        }
    }
}
