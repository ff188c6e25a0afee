package vn.haugiang.newsroom.publisher.delivery;

import java.util.List;
import java.util.UUID;

/**
 * What {@link DeliveryPlanner#plan} did for one item: the deliveries it created or reopened (for
 * {@code itemVersion}, all {@code pending}) and those it cancelled (older versions, channels no
 * longer routed, or all waiting ones of a taken-down item). Both are empty when planning again changed nothing. Also
 * published as an event within the planning transaction.
 */
public record DeliveriesPlanned(UUID itemId, long itemVersion, List<UUID> created, List<UUID> cancelled) {

    public DeliveriesPlanned {
        created = List.copyOf(created);
        cancelled = List.copyOf(cancelled);
    }
}
