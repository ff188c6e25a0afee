package vn.haugiang.newsroom.publisher.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.publisher.delivery.Deliveries;

/**
 * Records each outcome with {@link Deliveries#record} in the chunk's transaction, each under its own
 * savepoint ({@code nested}). An outcome that cannot be stored (e.g. an external URL longer than its
 * column) rolls back to its savepoint and fails the write; the step's skip policy then writes the
 * chunk again item by item and {@link UnrecordableOutcomes} records the refused one as
 * {@code failed_permanent}. Without the savepoint the failed statement would abort PostgreSQL's whole
 * transaction and take the chunk's good outcomes with it.
 *
 * <p>An outcome of a delivery this instance no longer holds (its lease ran out meanwhile) is not
 * recorded, with a warning: whoever holds it now decides.
 */
class OutcomeWriter implements ItemWriter<SentDelivery> {

    private static final Logger log = LoggerFactory.getLogger(OutcomeWriter.class);

    private final Deliveries deliveries;
    private final TransactionTemplate nested;

    OutcomeWriter(Deliveries deliveries, TransactionTemplate nested) {
        this.deliveries = deliveries;
        this.nested = nested;
    }

    @Override
    public void write(Chunk<? extends SentDelivery> chunk) {
        for (SentDelivery sent : chunk) {
            Boolean recorded = nested.execute(status -> deliveries.record(sent.delivery().deliveryId(),
                    sent.delivery().claimedBy(), sent.outcome()));
            if (!Boolean.TRUE.equals(recorded)) {
                log.warn("Delivery {} was no longer held by {} (lease expired?); its outcome {} was not recorded",
                        sent.delivery().deliveryId(), sent.delivery().claimedBy(), sent.outcome());
            }
        }
    }
}
