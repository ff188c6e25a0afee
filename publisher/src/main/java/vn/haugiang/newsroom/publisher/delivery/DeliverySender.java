package vn.haugiang.newsroom.publisher.delivery;

import java.util.Set;

/**
 * Sends claimed deliveries to one or more kinds of output channel. The publish job picks the sender
 * for each {@link ClaimedDelivery#channelKind()} and records the returned {@link Outcome} with
 * {@link Deliveries#record}; a sender never records outcomes itself.
 *
 * <p>Contract: {@link #send} must not throw for anything the channel answers — every answer (and
 * every network failure) maps to an {@link Outcome}. A call whose effect is uncertain (timeout, 5xx
 * after a non-idempotent post) is {@link Outcome.Unknown}, never {@link Outcome.RetryLater}, so that
 * nothing is posted twice.
 */
public interface DeliverySender {

    /** The channel kinds this sender handles; no two senders share a kind. */
    Set<ChannelKind> kinds();

    /**
     * Sends one delivery.
     *
     * @param delivery a delivery claimed by this instance, its lease still running
     * @return what happened; {@link Outcome.Permanent} when the claimed item version is no longer
     *         current or no longer live
     */
    Outcome send(ClaimedDelivery delivery);
}
