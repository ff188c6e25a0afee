package vn.haugiang.newsroom.publisher.delivery;

import java.util.UUID;

/**
 * Published after {@link Deliveries#record} changed a delivery's state (within its transaction;
 * listen with {@code @TransactionalEventListener} to act after commit).
 */
public record DeliveryRecorded(UUID deliveryId, UUID itemId, long itemVersion, String channelId,
        DeliveryState state) {
}
