package vn.haugiang.newsroom.publisher.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.NOW;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.SITE;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.THOI_SU;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SiteBuilderTests {

    private static final WebColumn KINH_TE = new WebColumn("kinh-te", "Kinh tế");

    private final SiteBuilder builder = new SiteBuilder(new WebRenderer(5),
            new FeedWriter(10, Clock.fixed(NOW, ZoneOffset.UTC)), new SitemapWriter());

    @Test
    void aSiteWithArticlesHasEveryListFeedAndSitemap() {
        List<WebArticle> articles = WebFixtures.articles(7);

        Map<String, RenderedPage> files = byPath(builder.lists(SITE, List.of(THOI_SU), articles, NOW));

        assertThat(files).containsKeys("index.html", "rss.xml", "atom.xml", "chuyen-muc/thoi-su.html",
                "chuyen-muc/thoi-su/trang-2.html", "chuyen-muc/thoi-su/rss.xml", "chuyen-muc/thoi-su/atom.xml",
                "sitemap.xml", "sitemap-news.xml");
        articles.stream().flatMap(a -> a.tags().stream()).distinct()
                .forEach(tag -> assertThat(files).containsKey(WebPaths.tag(tag)));
    }

    @Test
    void everyFileValidatesAndEveryPageIsWellFormed() throws Exception {
        List<RenderedPage> files = builder.lists(SITE, List.of(THOI_SU, KINH_TE), WebFixtures.articles(12), NOW);

        for (RenderedPage file : files) {
            switch (file.contentType()) {
                case RenderedPage.RSS -> XmlSchemas.validate(file.bytes(), XmlSchemas.RSS);
                case RenderedPage.XML -> XmlSchemas.validate(file.bytes(), XmlSchemas.SITEMAP, XmlSchemas.NEWS);
                case RenderedPage.HTML -> {
                    Parser parser = Parser.htmlParser().setTrackErrors(20);
                    Document html = Jsoup.parse(file.text(), SITE.baseUrl().toString(), parser);
                    assertThat(parser.getErrors()).as(file.path()).isEmpty();
                    assertThat(html.selectFirst("html").attr("lang")).as(file.path()).isEqualTo("vi");
                }
                default -> assertThat(file.contentType()).isEqualTo(RenderedPage.ATOM);
            }
        }
    }

    @Test
    void anEmptyColumnHasItsPageButNoFeedWhichWouldBeInvalid() {
        Map<String, RenderedPage> files = byPath(builder.lists(SITE, List.of(THOI_SU, KINH_TE), WebFixtures.articles(2), NOW));

        assertThat(files).containsKey("chuyen-muc/kinh-te.html")
                .doesNotContainKeys("chuyen-muc/kinh-te/rss.xml", "chuyen-muc/kinh-te/atom.xml");
        assertThat(files.get("sitemap.xml").text()).contains("https://baohaugiang.vn/chuyen-muc/kinh-te.html");
    }

    @Test
    void aSiteWithoutArticlesHasNoFeedsAndNoNewsSitemapButAValidSitemap() throws Exception {
        Map<String, RenderedPage> files = byPath(builder.lists(SITE, List.of(THOI_SU), List.of(), NOW));

        assertThat(files.keySet()).containsExactlyInAnyOrder("index.html", "chuyen-muc/thoi-su.html", "sitemap.xml");
        XmlSchemas.validate(files.get("sitemap.xml").bytes(), XmlSchemas.SITEMAP);
    }

    @Test
    void noNewsSitemapWhenNothingWasPublishedInTheLastTwoDays() {
        Map<String, RenderedPage> files = byPath(builder.lists(SITE, List.of(), WebFixtures.articles(3),
                NOW.plus(Duration.ofDays(3))));

        assertThat(files).doesNotContainKey("sitemap-news.xml").containsKey("sitemap.xml");
    }

    @Test
    void tagsThatFoldToOneSlugShareOnePage() {
        List<WebArticle> two = WebFixtures.articles(2);
        WebArticle first = withTags(two.get(0), List.of("Chuyển đổi số"));
        WebArticle second = withTags(two.get(1), List.of("chuyển đổi số"));

        List<RenderedPage> files = builder.lists(SITE, List.of(), List.of(first, second), NOW);

        assertThat(files).extracting(RenderedPage::path).filteredOn(p -> p.startsWith("the/"))
                .containsExactly("the/chuyen-doi-so.html");
        Document tag = Jsoup.parse(byPath(files).get("the/chuyen-doi-so.html").text());
        assertThat(tag.select("ol.danh-sach h2").eachText()).containsExactly(first.headline(), second.headline());
    }

    @Test
    void aColumnNamedOnlyByItsArticlesStillGetsItsPages() {
        Map<String, RenderedPage> files = byPath(builder.lists(SITE, List.of(), WebFixtures.articles(1), NOW));

        assertThat(files).containsKeys("chuyen-muc/thoi-su.html", "chuyen-muc/thoi-su/rss.xml");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        List<WebArticle> articles = WebFixtures.articles(6);
        List<WebArticle> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);

        assertThat(builder.lists(SITE, List.of(THOI_SU), articles, NOW))
                .isEqualTo(builder.lists(SITE, List.of(THOI_SU), reversed, NOW));
        assertThatNoException().isThrownBy(() -> builder.article(SITE, articles.get(0)));
    }

    private static Map<String, RenderedPage> byPath(List<RenderedPage> files) {
        assertThat(files).extracting(RenderedPage::path).doesNotHaveDuplicates();
        return files.stream().collect(Collectors.toMap(RenderedPage::path, Function.identity()));
    }

    private static WebArticle withTags(WebArticle a, List<String> tags) {
        return new WebArticle(a.id(), a.slug(), a.type(), a.headline(), a.standfirst(), a.bodyHtml(), a.byline(),
                a.columnSlug(), a.columnName(), tags, a.planTasks(), a.publishedAt(), a.modifiedAt(), a.imageUrl(),
                a.videoUrl(), a.correctionNote());
    }
}
