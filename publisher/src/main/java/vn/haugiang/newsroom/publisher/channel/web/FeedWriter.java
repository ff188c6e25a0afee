package vn.haugiang.newsroom.publisher.channel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * RSS 2.0 (RSS Advisory Board spec) and Atom 1.0 (RFC 4287) feeds of a site or one of its columns,
 * written with Rome: the latest {@code maxItems} articles, newest first, UTF-8.
 *
 * <p>Ids are {@code tag:} URIs (RFC 4151) built from the host and the content id, so an entry keeps its
 * id when its slug or URL changes and feed readers do not show it twice. The byline is written as
 * {@code dc:creator} in RSS (the RSS {@code <author>} element must be an e-mail address) and as
 * {@code atom:author} in Atom; the feed-level Atom author is the publisher, which satisfies RFC 4287's
 * "author on the feed or on every entry" for entries without a byline.
 */
public final class FeedWriter {

    /** Items per feed when not configured. */
    public static final int DEFAULT_MAX_ITEMS = 50;

    private static final String TAG_DATE = "2024";

    private final int maxItems;

    private final Clock clock;

    /** {@value #DEFAULT_MAX_ITEMS} items; an empty feed is dated now. */
    public FeedWriter() {
        this(DEFAULT_MAX_ITEMS, Clock.systemUTC());
    }

    /**
     * @param maxItems items per feed (≥ 1)
     * @param clock    dates a feed without articles (Atom requires {@code updated})
     */
    public FeedWriter(int maxItems, Clock clock) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1: " + maxItems);
        }
        this.maxItems = maxItems;
        this.clock = clock;
    }

    /** RSS 2.0 of the site ({@code column} null) or of a column, at {@link #rssPath(WebColumn)}. */
    public byte[] rss(WebSite site, @Nullable WebColumn column, List<WebArticle> articles) {
        return write(feed("rss_2.0", site, column, rssPath(column), articles));
    }

    /** Atom 1.0 of the site ({@code column} null) or of a column, at {@link #atomPath(WebColumn)}. */
    public byte[] atom(WebSite site, @Nullable WebColumn column, List<WebArticle> articles) {
        return write(feed("atom_1.0", site, column, atomPath(column), articles));
    }

    /** Both feeds of the site or a column, with their paths, ready to store. */
    public List<RenderedPage> feeds(WebSite site, @Nullable WebColumn column, List<WebArticle> articles) {
        return List.of(new RenderedPage(rssPath(column), RenderedPage.RSS, rss(site, column, articles)),
                new RenderedPage(atomPath(column), RenderedPage.ATOM, atom(site, column, articles)));
    }

    /** {@link WebPaths#RSS} or {@link WebPaths#columnRss(String)}. */
    public static String rssPath(@Nullable WebColumn column) {
        return column == null ? WebPaths.RSS : WebPaths.columnRss(column.slug());
    }

    /** {@link WebPaths#ATOM} or {@link WebPaths#columnAtom(String)}. */
    public static String atomPath(@Nullable WebColumn column) {
        return column == null ? WebPaths.ATOM : WebPaths.columnAtom(column.slug());
    }

    private SyndFeed feed(String type, WebSite site, @Nullable WebColumn column, String selfPath,
            List<WebArticle> articles) {
        List<WebArticle> latest = WebRenderer.newestFirst(articles).stream().limit(maxItems).toList();
        String page = column == null ? site.baseUrl().toString() : site.url(WebPaths.column(column.slug(), 1)).toString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setTitle(column == null ? site.name() : column.name() + " - " + site.name());
        feed.setDescription(column == null ? "Tin mới nhất của " + site.name()
                : "Tin mới nhất chuyên mục " + column.name() + " của " + site.name());
        feed.setLanguage(site.language());
        feed.setLink(page);
        feed.setLinks(List.of(link("alternate", page), link("self", site.url(selfPath).toString())));
        feed.setUri(tagUri(site, column == null ? "feed" : "feed:" + column.slug()));
        if (type.startsWith("atom")) {
            // Rome maps feed authors to RSS managingEditor, which must be an e-mail address; Atom needs a name.
            feed.setAuthors(List.of(person(site.publisherName())));
        }
        feed.setCopyright("© " + site.publisherName());
        Instant updated = latest.stream().map(WebArticle::modifiedAt).max(Comparator.naturalOrder())
                .orElseGet(clock::instant);
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(latest.stream().map(article -> entry(site, article)).toList());
        return feed;
    }

    private static SyndEntry entry(WebSite site, WebArticle article) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.headline());
        entry.setLink(site.url(WebPaths.article(article.slug())).toString());
        entry.setUri(tagUri(site, "article:" + article.id()));
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(article.description());
        entry.setDescription(description);
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.modifiedAt()));
        if (article.byline() != null && !article.byline().isBlank()) {
            // SyndEntry's single author is Dublin Core dc:creator in RSS and atom:author in Atom.
            entry.setAuthor(article.byline());
        }
        List<SyndCategory> categories = new ArrayList<>();
        if (article.columnName() != null) {
            categories.add(category(article.columnName()));
        }
        article.tags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        return entry;
    }

    private static byte[] write(SyndFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SyndFeedOutput().output(feed, writer, true);
        } catch (IOException | FeedException ex) {
            throw new WebOutputException("Could not write " + feed.getFeedType() + " feed " + feed.getUri(), ex);
        }
        return bytes.toByteArray();
    }

    /**
     * {@code tag:baohaugiang.vn,2024:baohaugiang:article:123}: RFC 4151, stable whatever the URL. The date
     * only has to be one on which the newsroom held the domain; it is fixed because changing it would
     * change every id and make readers see every entry again.
     */
    private static String tagUri(WebSite site, String specific) {
        return "tag:" + site.host() + "," + TAG_DATE + ":" + site.id() + ":" + specific;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }
}
