package vn.haugiang.newsroom.publisher.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generated sites, bound from {@code newsroom.publisher.web.*}.
 *
 * @param pageSize  articles per home, column and tag page; default {@value WebRenderer#DEFAULT_PAGE_SIZE}
 * @param feedItems articles per RSS and Atom feed, newest first; default {@value FeedWriter#DEFAULT_MAX_ITEMS}
 */
@ConfigurationProperties("newsroom.publisher.web")
public record WebSiteProperties(
        @DefaultValue("20") int pageSize,
        @DefaultValue("50") int feedItems) {

    public WebSiteProperties {
        if (pageSize < 1 || feedItems < 1) {
            throw new IllegalArgumentException("pageSize and feedItems must be at least 1");
        }
    }
}
