package vn.haugiang.newsroom.publisher.job;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;

/**
 * Every {@link DeliverySender} bean by the channel kind it sends. A kind with no sender is not
 * claimed at all, so its deliveries wait as {@code pending} until a sender for it is deployed.
 */
@Component
class DeliverySenders {

    private final Map<ChannelKind, DeliverySender> byKind = new EnumMap<>(ChannelKind.class);

    DeliverySenders(List<DeliverySender> senders) {
        for (DeliverySender sender : senders) {
            for (ChannelKind kind : sender.kinds()) {
                DeliverySender other = byKind.putIfAbsent(kind, sender);
                if (other != null) {
                    throw new IllegalStateException("Two senders for " + kind + ": " + other.getClass().getName()
                            + " and " + sender.getClass().getName());
                }
            }
        }
    }

    /** The kinds with a sender. */
    Set<ChannelKind> kinds() {
        return Set.copyOf(byKind.keySet());
    }

    @Nullable DeliverySender forKind(ChannelKind kind) {
        return byKind.get(kind);
    }
}
