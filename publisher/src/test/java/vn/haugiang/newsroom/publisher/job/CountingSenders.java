package vn.haugiang.newsroom.publisher.job;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Wraps the real web {@link DeliverySender} bean so a test sees each send (per delivery, i.e. per S3
 * put for the web) and can make the run crash: after {@link #crashAfter(int)} more sends, the next
 * send throws an {@link Error} before sending, as a process dying mid-chunk would stop.
 */
@TestConfiguration(proxyBeanMethods = false)
class CountingSenders {

    private static final Map<UUID, AtomicInteger> SENDS = new ConcurrentHashMap<>();
    private static final AtomicInteger UNTIL_CRASH = new AtomicInteger(Integer.MAX_VALUE);

    @Bean
    static BeanPostProcessor countingSenderWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Web only: these tests drive web deliveries, and the social sender is also injected by its
                // class into the reconciliation, which a wrapper would break.
                return bean instanceof DeliverySender sender && sender.kinds().contains(ChannelKind.WEB)
                        ? new Counting(sender) : bean;
            }
        };
    }

    static int sends(UUID deliveryId) {
        AtomicInteger count = SENDS.get(deliveryId);
        return count == null ? 0 : count.get();
    }

    static void crashAfter(int sends) {
        UNTIL_CRASH.set(sends);
    }

    static void noCrash() {
        UNTIL_CRASH.set(Integer.MAX_VALUE);
    }

    /** What a killed process does to the run: it just stops. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash of the publisher process");
        }
    }

    private record Counting(DeliverySender delegate) implements DeliverySender {

        @Override
        public Set<ChannelKind> kinds() {
            return delegate.kinds();
        }

        @Override
        public Outcome send(ClaimedDelivery delivery) {
            if (UNTIL_CRASH.getAndDecrement() <= 0) {
                throw new SimulatedCrash();
            }
            Outcome outcome = delegate.send(delivery);
            SENDS.computeIfAbsent(delivery.deliveryId(), id -> new AtomicInteger()).incrementAndGet();
            return outcome;
        }
    }
}
