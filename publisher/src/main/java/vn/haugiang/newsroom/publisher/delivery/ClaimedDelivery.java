package vn.haugiang.newsroom.publisher.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery taken by one publisher instance, with what a channel needs to send it.
 *
 * @param deliveryId   the delivery
 * @param itemId       the item to send
 * @param itemVersion  the item version planned; a sender should compare it with the item's current
 *                     version and record {@link Outcome.Permanent} if the item moved on meanwhile
 * @param channelId    the output channel's id (a slug such as {@code facebook-bao-hau-giang})
 * @param channelKind  what the channel is, to pick its client
 * @param attempt      this attempt's number, 1 for the first
 * @param claimedBy    the instance holding the lease; pass it back to {@link Deliveries#record}
 * @param claimedUntil end of the lease (UTC); an outcome should be recorded before it
 */
public record ClaimedDelivery(UUID deliveryId, UUID itemId, long itemVersion, String channelId,
        ChannelKind channelKind, int attempt, String claimedBy, Instant claimedUntil) {
}
