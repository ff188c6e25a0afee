package vn.haugiang.newsroom.cms.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link WebhookDispatcher#round()} with a fixed delay of
 * {@code newsroom.webhooks.poll-interval} on Spring's scheduler. Registered here rather than with
 * {@code @Scheduled(fixedDelayString = "${...:2s}")} so the default lives in one place, the
 * {@link WebhookProperties} record. A fixed delay, not a rate: a slow round is never overlapped by
 * the next one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration implements SchedulingConfigurer {

    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;

    WebhookConfiguration(WebhookDispatcher dispatcher, WebhookProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(dispatcher::round, properties.pollInterval());
    }
}
