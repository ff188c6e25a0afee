package vn.haugiang.newsroom.publisher.channel.web;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One unit's public web site, as the pages, feeds and sitemaps describe it.
 *
 * @param id            the site's code (e.g. {@code baohaugiang}), used in feed and entry ids
 * @param name          the name shown to readers and in {@code news:publication/name}
 * @param baseUrl       absolute {@code https} URL ending in {@code /}, e.g. {@code https://baohaugiang.vn/};
 *                      every path of {@link WebPaths} is resolved against it
 * @param language      BCP 47 language of the site, {@code vi} for every current unit
 * @param publisherName the organisation named as schema.org {@code publisher} and feed author
 * @param logoUrl       the publisher's logo (schema.org {@code publisher.logo}), if any
 */
public record WebSite(String id, String name, URI baseUrl, String language, String publisherName,
        @Nullable URI logoUrl) {

    public WebSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publisherName, "publisherName");
        // Resolving "tin/x.html" against a base without the trailing slash would drop its last segment.
        if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must be absolute and end with '/': " + baseUrl);
        }
    }

    /** The absolute URL of a site-relative path such as {@code tin/slug.html}. */
    public URI url(String path) {
        return baseUrl.resolve(path);
    }

    /** The host, used to mint stable {@code tag:} ids for feeds. */
    String host() {
        return Objects.requireNonNullElse(baseUrl.getHost(), id);
    }
}
