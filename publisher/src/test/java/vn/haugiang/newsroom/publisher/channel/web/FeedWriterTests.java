package vn.haugiang.newsroom.publisher.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.SITE;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.THOI_SU;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;

/**
 * RSS is validated against {@code schemas/feeds/rss-2_0.xsd} and parsed back with Rome. Atom is parsed
 * with Rome and checked for RFC 4287's required elements: {@code schemas/feeds/atom.rng} is RELAX NG,
 * which the JDK cannot validate (javax.xml.validation only ships W3C XML Schema), and adding Jing is
 * beyond this module's dependencies.
 */
class FeedWriterTests {

    private final FeedWriter writer = new FeedWriter(10, Clock.fixed(WebFixtures.NOW, ZoneOffset.UTC));

    @Test
    void siteRssValidatesAgainstTheRss20Schema() {
        byte[] rss = writer.rss(SITE, null, WebFixtures.articles(12));

        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(rss, XmlSchemas.RSS));
    }

    @Test
    void columnRssValidatesAgainstTheRss20Schema() {
        byte[] rss = writer.rss(SITE, THOI_SU, WebFixtures.articles(3));

        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(rss, XmlSchemas.RSS));
    }

    @Test
    void feedWithoutArticlesIsValidRssButNotForThisXsdWhichWantsAnItem() throws Exception {
        byte[] rss = writer.rss(SITE, THOI_SU, List.of());

        // The RSS 2.0 spec allows an empty channel; the XSD's minOccurs=1 on item does not. The job only
        // publishes a column feed once the column has a live article.
        assertThat(read(rss).getEntries()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> XmlSchemas.validate(rss, XmlSchemas.RSS))
                .isInstanceOf(org.xml.sax.SAXException.class).hasMessageContaining("item");
    }

    @Test
    void rssParsesBackWithTheSameTitlesAndLinksNewestFirst() throws Exception {
        List<WebArticle> articles = WebFixtures.articles(5);

        SyndFeed feed = read(writer.rss(SITE, THOI_SU, articles.subList(2, 5)));

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Thời sự - Báo Hậu Giang");
        assertThat(feed.getLink()).isEqualTo("https://baohaugiang.vn/chuyen-muc/thoi-su.html");
        assertThat(feed.getLanguage()).isEqualTo("vi");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly(articles.get(2).headline(), articles.get(3).headline(), articles.get(4).headline());
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
                .containsExactly(url(articles.get(2)), url(articles.get(3)), url(articles.get(4)));
    }

    @Test
    void rssNamesTheBylineAsDcCreatorNotAsAuthorEmail() throws Exception {
        byte[] rss = writer.rss(SITE, null, WebFixtures.articles(1));

        String xml = new String(rss, StandardCharsets.UTF_8);
        assertThat(xml).contains("<dc:creator>Minh Thư</dc:creator>").doesNotContain("<author>")
                .doesNotContain("<managingEditor>");
        assertThat(read(rss).getEntries().get(0).getAuthor()).isEqualTo("Minh Thư");
    }

    @Test
    void feedHoldsOnlyTheLatestItems() throws Exception {
        List<WebArticle> articles = WebFixtures.articles(15);

        SyndFeed feed = read(writer.rss(SITE, null, articles));

        assertThat(feed.getEntries()).hasSize(10);
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(articles.get(0).headline());
    }

    @Test
    void takenDownArticleDisappearsFromTheRegeneratedFeed() throws Exception {
        List<WebArticle> articles = WebFixtures.articles(4);
        WebArticle takenDown = articles.get(0);

        SyndFeed feed = read(writer.rss(SITE, null, articles.subList(1, 4)));

        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).doesNotContain(url(takenDown)).hasSize(3);
    }

    @Test
    void atomHasTheElementsRfc4287Requires() throws Exception {
        List<WebArticle> articles = WebFixtures.articles(3);
        byte[] atom = writer.atom(SITE, THOI_SU, articles);

        Feed feed = (Feed) new WireFeedInput().build(new InputStreamReader(new ByteArrayInputStream(atom), StandardCharsets.UTF_8));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("tag:baohaugiang.vn,2024:baohaugiang:feed:thoi-su");
        assertThat(feed.getTitle()).isEqualTo("Thời sự - Báo Hậu Giang");
        assertThat(feed.getUpdated()).isEqualTo(java.util.Date.from(articles.get(0).modifiedAt()));
        assertThat(feed.getAuthors()).extracting(a -> a.getName()).containsExactly("Báo Hậu Giang");
        assertThat(feed.getOtherLinks()).anySatisfy(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).isEqualTo("https://baohaugiang.vn/chuyen-muc/thoi-su/atom.xml");
        });
        assertThat(feed.getEntries()).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.getId()).startsWith("tag:baohaugiang.vn,2024:baohaugiang:article:");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks()).isNotEmpty();
        });
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactlyElementsOf(
                articles.stream().map(WebArticle::headline).toList());
    }

    @Test
    void atomParsesBackAsSyndFeedWithTheSameLinks() throws Exception {
        List<WebArticle> articles = WebFixtures.articles(2);

        SyndFeed feed = read(writer.atom(SITE, null, articles));

        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly(url(articles.get(0)), url(articles.get(1)));
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).containsOnly("Minh Thư");
    }

    @Test
    void feedsComeWithTheirPaths() {
        assertThat(writer.feeds(SITE, THOI_SU, WebFixtures.articles(1))).extracting(RenderedPage::path, RenderedPage::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chuyen-muc/thoi-su/rss.xml", RenderedPage.RSS),
                        org.assertj.core.groups.Tuple.tuple("chuyen-muc/thoi-su/atom.xml", RenderedPage.ATOM));
    }

    private static SyndFeed read(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
    }

    private static String url(WebArticle article) {
        return "https://baohaugiang.vn/tin/" + article.slug() + ".html";
    }
}
