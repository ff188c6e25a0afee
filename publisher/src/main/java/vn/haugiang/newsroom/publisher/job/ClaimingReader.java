package vn.haugiang.newsroom.publisher.job;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;

/**
 * Reads due deliveries by claiming them, one chunk's worth at a time, under row locks
 * ({@link Deliveries#claimDue}, {@code FOR UPDATE SKIP LOCKED}): concurrent instances each get
 * different deliveries and never wait on each other. Ends when nothing of its kinds is due.
 *
 * <p>The claim commits in its own transaction before anything is sent ({@code requiresNew}), so the
 * lease outlives a chunk that rolls back: a delivery sent by a chunk that then failed is never
 * claimed again while its lease holds, and afterwards only as its kind allows (see
 * {@link Deliveries}). The reader keeps no restart state: what is due in the database is the
 * restart point.
 */
class ClaimingReader implements ItemReader<ClaimedDelivery> {

    private final Deliveries deliveries;
    private final TransactionTemplate requiresNew;
    private final String instanceId;
    private final @Nullable String unit;
    private final Set<ChannelKind> kinds;
    private final int batchSize;
    private final Duration lease;
    private final Deque<ClaimedDelivery> claimed = new ArrayDeque<>();
    private boolean exhausted;

    /** @param unit claim only this unit's deliveries ({@link Deliveries#claimDue(String, Set, String, int, Duration)}); null for all */
    ClaimingReader(Deliveries deliveries, TransactionTemplate requiresNew, String instanceId, @Nullable String unit,
            Set<ChannelKind> kinds, int batchSize, Duration lease) {
        this.deliveries = deliveries;
        this.requiresNew = requiresNew;
        this.instanceId = instanceId;
        this.unit = unit;
        this.kinds = kinds;
        this.batchSize = batchSize;
        this.lease = lease;
        this.exhausted = kinds.isEmpty();
    }

    @Override
    public @Nullable ClaimedDelivery read() {
        if (claimed.isEmpty() && !exhausted) {
            List<ClaimedDelivery> batch = requiresNew.execute(status -> deliveries.claimDue(instanceId, kinds,
                    unit, batchSize, lease));
            if (batch == null || batch.isEmpty()) {
                exhausted = true;
            }
            else {
                claimed.addAll(batch);
            }
        }
        return claimed.poll();
    }
}
