package vn.haugiang.newsroom.publisher.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Sends each claimed delivery through the sender of its channel kind. A sender breaking its contract
 * by throwing is not allowed to stop the others: for a {@linkplain
 * vn.haugiang.newsroom.publisher.delivery.ChannelKind#repeatable() repeatable} kind the delivery fails
 * permanently with the exception as its reason (an operator may retry it), for any other it is
 * {@code unknown}, because the post may have gone out before the exception.
 */
class SendingProcessor implements ItemProcessor<ClaimedDelivery, SentDelivery> {

    private static final Logger log = LoggerFactory.getLogger(SendingProcessor.class);

    private final DeliverySenders senders;

    SendingProcessor(DeliverySenders senders) {
        this.senders = senders;
    }

    @Override
    public SentDelivery process(ClaimedDelivery delivery) {
        DeliverySender sender = senders.forKind(delivery.channelKind());
        if (sender == null) {
            // Not claimed in the first place (the reader claims the senders' kinds only); kept for safety.
            return new SentDelivery(delivery, new Outcome.Permanent("no sender for " + delivery.channelKind(), null));
        }
        try {
            return new SentDelivery(delivery, sender.send(delivery));
        }
        catch (RuntimeException e) {
            log.error("Sender {} threw on delivery {}", sender.getClass().getSimpleName(), delivery.deliveryId(), e);
            String reason = "sender failed: " + e;
            return new SentDelivery(delivery, delivery.channelKind().repeatable()
                    ? new Outcome.Permanent(reason, null) : new Outcome.Unknown(reason));
        }
    }
}
