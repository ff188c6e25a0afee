package vn.haugiang.newsroom.publisher.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.NOW;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.SITE;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class SitemapWriterTests {

    private final SitemapWriter writer = new SitemapWriter();

    @Test
    void sitemapValidatesAgainstTheSitemapsOrgSchema() {
        List<SitemapEntry> entries = WebFixtures.articles(20).stream().map(a -> SitemapEntry.of(SITE, a)).toList();

        byte[] xml = writer.sitemap(SITE, entries);

        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(xml, XmlSchemas.SITEMAP));
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<lastmod>2026-11-29T08:30:00+07:00</lastmod>");
    }

    @Test
    void valuesAreXmlEscaped() throws Exception {
        List<SitemapEntry> entries = List.of(new SitemapEntry(URI.create("https://baohaugiang.vn/tim?q=a&trang=2"), null));
        WebArticle odd = WebFixtures.withHeadline(WebFixtures.article(), "Giá xăng <tăng> & \"giảm\" 'nhẹ'");

        byte[] sitemap = writer.sitemap(SITE, entries);
        byte[] news = writer.newsSitemap(SITE, List.of(odd), NOW);

        assertThat(new String(sitemap, StandardCharsets.UTF_8)).contains("tim?q=a&amp;trang=2");
        assertThat(text(sitemap, "loc")).containsExactly("https://baohaugiang.vn/tim?q=a&trang=2");
        assertThat(text(news, "news:title")).containsExactly("Giá xăng <tăng> & \"giảm\" 'nhẹ'");
        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(news, XmlSchemas.SITEMAP, XmlSchemas.NEWS));
    }

    @Test
    void newsSitemapListsOnlyTheLastTwoDaysAndValidates() throws Exception {
        List<WebArticle> articles = new ArrayList<>(WebFixtures.articles(3));
        WebArticle old = WebFixtures.articles(4).get(3);
        articles.add(new WebArticle(old.id(), old.slug(), old.type(), old.headline(), old.standfirst(), old.bodyHtml(),
                old.byline(), old.columnSlug(), old.columnName(), old.tags(), old.planTasks(),
                NOW.minus(Duration.ofDays(2)).minusSeconds(1), NOW, old.imageUrl(), old.videoUrl(), null));

        byte[] news = writer.newsSitemap(SITE, articles, NOW);

        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(news, XmlSchemas.SITEMAP, XmlSchemas.NEWS));
        assertThat(text(news, "news:title")).containsExactly(articles.get(0).headline(), articles.get(1).headline(),
                articles.get(2).headline());
        assertThat(text(news, "news:name")).containsOnly("Báo Hậu Giang");
        assertThat(text(news, "news:language")).containsOnly("vi");
        assertThat(text(news, "news:publication_date").get(0)).isEqualTo("2026-11-29T08:30:00+07:00");
    }

    @Test
    void newsSitemapIsNotValidWithoutTheNewsSchema() {
        byte[] news = writer.newsSitemap(SITE, WebFixtures.articles(1), NOW);

        // sitemap.xsd checks extension elements strictly, so this also proves the news schema is the one applied.
        assertThatThrownBy(() -> XmlSchemas.validate(news, XmlSchemas.SITEMAP)).isInstanceOf(SAXException.class);
    }

    @Test
    void largeSiteIsSplitIntoPartsListedByAnIndex() throws Exception {
        List<SitemapEntry> entries = WebFixtures.articles(7).stream().map(a -> SitemapEntry.of(SITE, a)).toList();

        List<RenderedPage> pages = new SitemapWriter(3).sitemaps(SITE, entries);

        assertThat(pages).extracting(RenderedPage::path)
                .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
        for (RenderedPage part : pages.subList(0, 3)) {
            XmlSchemas.validate(part.bytes(), XmlSchemas.SITEMAP);
        }
        byte[] index = pages.get(3).bytes();
        XmlSchemas.validate(index, XmlSchemas.SITEINDEX);
        assertThat(text(index, "loc")).containsExactly("https://baohaugiang.vn/sitemap-1.xml",
                "https://baohaugiang.vn/sitemap-2.xml", "https://baohaugiang.vn/sitemap-3.xml");
        assertThat(text(pages.get(2).bytes(), "loc")).hasSize(1);
    }

    @Test
    void smallSiteHasASingleSitemap() {
        List<SitemapEntry> entries = List.of(new SitemapEntry(SITE.baseUrl(), Instant.EPOCH));

        assertThat(new SitemapWriter(3).sitemaps(SITE, entries)).extracting(RenderedPage::path).containsExactly("sitemap.xml");
    }

    @Test
    void oneSitemapRefusesMoreThanTheLimit() {
        List<SitemapEntry> entries = WebFixtures.articles(4).stream().map(a -> SitemapEntry.of(SITE, a)).toList();

        assertThatThrownBy(() -> new SitemapWriter(3).sitemap(SITE, entries)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> text(byte[] xml, String qualifiedName) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList nodes = document.getElementsByTagName(qualifiedName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
