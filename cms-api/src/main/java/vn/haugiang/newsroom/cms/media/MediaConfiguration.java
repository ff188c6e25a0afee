package vn.haugiang.newsroom.cms.media;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The media library's Tika and its cleanup schedule: {@link MediaCleanup#run()} with a fixed delay
 * of {@code newsroom.media.cleanup-interval}, registered here rather than with
 * {@code @Scheduled(fixedDelayString = ...)} so the default lives in one place, {@link MediaProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration implements SchedulingConfigurer {

    private final MediaCleanup cleanup;
    private final MediaProperties properties;

    MediaConfiguration(MediaCleanup cleanup, MediaProperties properties) {
        this.cleanup = cleanup;
        this.properties = properties;
    }

    @Bean
    static MediaTika mediaTika() {
        return MediaTika.defaults();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // First run after one interval, not at start-up, so starting the app stays quick.
        registrar.addFixedDelayTask(new FixedDelayTask(cleanup::run,
                properties.cleanupInterval(), properties.cleanupInterval()));
    }
}
