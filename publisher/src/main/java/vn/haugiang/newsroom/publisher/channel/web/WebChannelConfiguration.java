package vn.haugiang.newsroom.publisher.channel.web;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site builder, configured by {@link WebSiteProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSiteProperties.class)
class WebChannelConfiguration {

    // Pure and thread-safe (templates cached in its own renderer): one for every refresh.
    @Bean
    SiteBuilder siteBuilder(WebSiteProperties properties) {
        return new SiteBuilder(new WebRenderer(properties.pageSize()),
                new FeedWriter(properties.feedItems(), Clock.systemUTC()), new SitemapWriter());
    }
}
