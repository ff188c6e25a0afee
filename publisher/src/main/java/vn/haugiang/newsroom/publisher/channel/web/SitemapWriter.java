package vn.haugiang.newsroom.publisher.channel.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org protocol 0.9), sitemap indexes, and the Google News sitemap, written with StAX
 * so that every value is XML-escaped by the writer.
 *
 * <p>Limits from the protocols: at most 50,000 URLs per sitemap (more are split into parts listed by a
 * sitemap index at {@link WebPaths#SITEMAP}); a news sitemap lists only articles published in the last
 * two days, at most 1,000 (Google News sitemap guidelines).
 */
public final class SitemapWriter {

    /** sitemaps.org: a sitemap holds at most 50,000 URLs. */
    public static final int MAX_URLS = 50_000;

    /** Google News: only articles published in the last two days. */
    public static final Duration NEWS_WINDOW = Duration.ofDays(2);

    /** Google News: at most 1,000 {@code news:news} entries per sitemap. */
    public static final int MAX_NEWS_URLS = 1_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final int maxUrls;

    /** Splits at the protocol's {@value #MAX_URLS} URLs. */
    public SitemapWriter() {
        this(MAX_URLS);
    }

    /** @param maxUrls URLs per sitemap before splitting, 1 … {@value #MAX_URLS} (small values for tests) */
    public SitemapWriter(int maxUrls) {
        if (maxUrls < 1 || maxUrls > MAX_URLS) {
            throw new IllegalArgumentException("maxUrls must be in 1.." + MAX_URLS + ": " + maxUrls);
        }
        this.maxUrls = maxUrls;
    }

    /**
     * The site's sitemap files: {@link WebPaths#SITEMAP} alone when the entries fit in one, otherwise parts
     * {@link WebPaths#sitemapPart(int)} and an index at {@link WebPaths#SITEMAP}.
     */
    public List<RenderedPage> sitemaps(WebSite site, List<SitemapEntry> entries) {
        if (entries.size() <= maxUrls) {
            return List.of(new RenderedPage(WebPaths.SITEMAP, RenderedPage.XML, sitemap(site, entries)));
        }
        List<RenderedPage> pages = new ArrayList<>();
        List<SitemapEntry> parts = new ArrayList<>();
        for (int from = 0, part = 1; from < entries.size(); from += maxUrls, part++) {
            List<SitemapEntry> slice = entries.subList(from, Math.min(entries.size(), from + maxUrls));
            String path = WebPaths.sitemapPart(part);
            pages.add(new RenderedPage(path, RenderedPage.XML, sitemap(site, slice)));
            Instant lastmod = slice.stream().map(SitemapEntry::lastmod).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            parts.add(new SitemapEntry(site.url(path), lastmod));
        }
        pages.add(new RenderedPage(WebPaths.SITEMAP, RenderedPage.XML, sitemapIndex(site, parts)));
        return pages;
    }

    /** One {@code <urlset>} with {@code loc} and {@code lastmod} per entry; at most {@code maxUrls}. */
    public byte[] sitemap(WebSite site, List<SitemapEntry> entries) {
        if (entries.size() > maxUrls) {
            throw new IllegalArgumentException(entries.size() + " URLs do not fit one sitemap; use sitemaps()");
        }
        return write("sitemap of " + site.id(), xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                locAndLastmod(xml, entry);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A {@code <sitemapindex>} listing sitemap files. */
    public byte[] sitemapIndex(WebSite site, List<SitemapEntry> sitemaps) {
        return write("sitemap index of " + site.id(), xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapEntry entry : sitemaps) {
                xml.writeStartElement("sitemap");
                locAndLastmod(xml, entry);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * The Google News sitemap: articles published in {@code (now - 2 days, now]}, newest first, with
     * {@code news:publication} (site name, language), {@code news:publication_date} and {@code news:title}.
     * With none in the window the {@code urlset} is empty, which the XSD rejects but crawlers accept;
     * the caller may skip writing it.
     */
    public byte[] newsSitemap(WebSite site, List<WebArticle> articles, Instant now) {
        Instant since = now.minus(NEWS_WINDOW);
        List<WebArticle> recent = WebRenderer.newestFirst(articles).stream()
                .filter(a -> a.publishedAt().isAfter(since) && !a.publishedAt().isAfter(now))
                .limit(MAX_NEWS_URLS).toList();
        return write("news sitemap of " + site.id(), xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (WebArticle article : recent) {
                xml.writeStartElement("url");
                locAndLastmod(xml, SitemapEntry.of(site, article));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                element(xml, NEWS_NS, "name", site.name());
                element(xml, NEWS_NS, "language", site.language());
                xml.writeEndElement();
                element(xml, NEWS_NS, "publication_date", WebTime.iso(article.publishedAt()));
                element(xml, NEWS_NS, "title", article.headline());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void locAndLastmod(XMLStreamWriter xml, SitemapEntry entry) throws XMLStreamException {
        element(xml, SITEMAP_NS, "loc", entry.loc().toASCIIString());
        if (entry.lastmod() != null) {
            element(xml, SITEMAP_NS, "lastmod", WebTime.iso(entry.lastmod()));
        }
    }

    private static void element(XMLStreamWriter xml, String ns, String name, String text) throws XMLStreamException {
        if (NEWS_NS.equals(ns)) {
            xml.writeStartElement("news", name, ns);
        } else {
            xml.writeStartElement(ns, name);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static byte[] write(String what, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(SITEMAP_NS);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new WebOutputException("Could not write the " + what, ex);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
