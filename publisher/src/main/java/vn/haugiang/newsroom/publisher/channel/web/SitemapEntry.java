package vn.haugiang.newsroom.publisher.channel.web;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <url>} of a sitemap (or one {@code <sitemap>} of a sitemap index).
 *
 * @param loc     absolute URL; written in its ASCII form, as sitemaps.org requires
 * @param lastmod last change of the page, written as a W3C datetime with {@code +07:00}; omitted if null
 */
public record SitemapEntry(URI loc, @Nullable Instant lastmod) {

    public SitemapEntry {
        Objects.requireNonNull(loc, "loc");
        if (!loc.isAbsolute()) {
            throw new IllegalArgumentException("sitemap URLs must be absolute: " + loc);
        }
    }

    /** The entry of an article page, dated by its last modification. */
    public static SitemapEntry of(WebSite site, WebArticle article) {
        return new SitemapEntry(site.url(WebPaths.article(article.slug())), article.modifiedAt());
    }
}
