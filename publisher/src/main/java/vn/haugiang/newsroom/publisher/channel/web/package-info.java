/**
 * The web channel's rendering: static HTML pages (Thymeleaf), RSS 2.0 and Atom 1.0 feeds (Rome) and
 * sitemaps (StAX) for a unit's web site.
 *
 * <p>Everything here is pure: values in, bytes out, no database, S3 or batch state. The publish job
 * decides which articles are live, calls {@link vn.haugiang.newsroom.publisher.channel.web.WebRenderer},
 * {@link vn.haugiang.newsroom.publisher.channel.web.FeedWriter} and
 * {@link vn.haugiang.newsroom.publisher.channel.web.SitemapWriter}, and writes the results to the
 * {@code site} bucket at the paths given by {@link vn.haugiang.newsroom.publisher.channel.web.WebPaths}.
 * {@link vn.haugiang.newsroom.publisher.channel.web.SiteBuilder} (a bean, sized by
 * {@link vn.haugiang.newsroom.publisher.channel.web.WebSiteProperties}) puts them together into every
 * shared file of a site: home, column and tag pages, feeds, sitemaps.
 *
 * <p><b>Taking an item down</b> is the caller's job: it deletes the page at
 * {@link vn.haugiang.newsroom.publisher.channel.web.WebPaths#article(String)} and regenerates the
 * lists, feeds and sitemaps the item was on, simply without that item. The writers never see
 * item states; they render what they are given.
 *
 * <p>Times: instants in, {@code Asia/Ho_Chi_Minh} (+07:00, no daylight saving) out, both for readers
 * ({@code 29/11/2026 08:30}) and in machine formats (ISO 8601 / W3C datetime with {@code +07:00});
 * RSS {@code pubDate} is RFC 822 as Rome writes it (GMT).
 */
@NullMarked
@NamedInterface("web")
package vn.haugiang.newsroom.publisher.channel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
