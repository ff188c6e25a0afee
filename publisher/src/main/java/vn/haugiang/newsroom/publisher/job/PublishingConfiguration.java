package vn.haugiang.newsroom.publisher.job;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.haugiang.newsroom.publisher.channel.web.WebRenderer;

/** Beans of the publish run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
class PublishingConfiguration {

    // The renderer is pure and thread-safe; one instance caches the templates for every run.
    @Bean
    WebRenderer webRenderer() {
        return new WebRenderer();
    }
}
