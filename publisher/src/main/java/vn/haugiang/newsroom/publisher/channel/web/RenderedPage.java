package vn.haugiang.newsroom.publisher.channel.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the static site, ready to be written to the {@code site} bucket.
 *
 * @param path        site-relative key, no leading slash ({@code tin/<slug>.html},
 *                    {@code chuyen-muc/<slug>/trang-2.html}, {@code index.html}, {@code the/<tag>.html},
 *                    {@code sitemap.xml} …)
 * @param contentType HTTP {@code Content-Type} to store with the object, charset included
 * @param bytes       the content, UTF-8
 */
public record RenderedPage(String path, String contentType, byte[] bytes) {

    /** {@code text/html; charset=UTF-8}. */
    public static final String HTML = "text/html; charset=UTF-8";

    /** {@code application/xml; charset=UTF-8}, for sitemaps. */
    public static final String XML = "application/xml; charset=UTF-8";

    /** {@code application/rss+xml; charset=UTF-8}. */
    public static final String RSS = "application/rss+xml; charset=UTF-8";

    /** {@code application/atom+xml; charset=UTF-8}. */
    public static final String ATOM = "application/atom+xml; charset=UTF-8";

    public RenderedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be site-relative: " + path);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // Records compare arrays by identity; two renderings of the same page should be equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedPage page && path.equals(page.path)
                && contentType.equals(page.contentType) && Arrays.equals(bytes, page.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, contentType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "RenderedPage[" + path + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
