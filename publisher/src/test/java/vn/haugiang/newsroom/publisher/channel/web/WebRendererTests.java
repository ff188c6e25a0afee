package vn.haugiang.newsroom.publisher.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.SITE;
import static vn.haugiang.newsroom.publisher.channel.web.WebFixtures.THOI_SU;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebRendererTests {

    private final WebRenderer renderer = new WebRenderer(5);

    @Test
    void articlePageIsVietnameseWithTitleDescriptionAndCanonical() {
        WebArticle article = WebFixtures.article();

        RenderedPage page = renderer.article(SITE, article);
        Document html = parse(page);

        assertThat(page.path()).isEqualTo("tin/" + article.slug() + ".html");
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(html.title()).isEqualTo(article.headline() + " - Báo Hậu Giang");
        assertThat(html.selectFirst("meta[name=description]").attr("content")).isEqualTo(article.standfirst());
        assertThat(html.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://baohaugiang.vn/tin/" + article.slug() + ".html");
        assertThat(html.selectFirst("h1").text()).isEqualTo(article.headline());
    }

    @Test
    void articlePageCarriesOpenGraphTags() {
        WebArticle article = WebFixtures.article();

        Document html = parse(renderer.article(SITE, article));

        assertThat(og(html, "og:title")).isEqualTo(article.headline());
        assertThat(og(html, "og:description")).isEqualTo(article.standfirst());
        assertThat(og(html, "og:url")).isEqualTo("https://baohaugiang.vn/tin/" + article.slug() + ".html");
        assertThat(og(html, "og:type")).isEqualTo("article");
        assertThat(og(html, "og:image")).isEqualTo(article.imageUrl().toString());
    }

    @Test
    void articleJsonLdIsNewsArticleDatedInVietnamTime() {
        WebArticle article = WebFixtures.article();

        JsonNode ld = jsonLd(parse(renderer.article(SITE, article)));

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo(article.headline());
        assertThat(ld.get("datePublished").asString()).isEqualTo("2026-11-29T08:30:00+07:00");
        assertThat(ld.get("dateModified").asString()).isEqualTo("2026-11-29T08:30:00+07:00");
        assertThat(ld.at("/author/0/name").asString()).isEqualTo("Minh Thư");
        assertThat(ld.at("/publisher/@type").asString()).isEqualTo("Organization");
        assertThat(ld.at("/publisher/logo/url").asString()).isEqualTo("https://baohaugiang.vn/static/logo.png");
        assertThat(ld.at("/image/0").asString()).isEqualTo(article.imageUrl().toString());
        assertThat(ld.at("/mainEntityOfPage/@id").asString())
                .isEqualTo("https://baohaugiang.vn/tin/" + article.slug() + ".html");
        assertThat(ld.has("correction")).isFalse();
    }

    @Test
    void articleWithoutBylineIsAuthoredByThePublisher() {
        JsonNode ld = jsonLd(parse(renderer.article(SITE, WebFixtures.withoutByline(WebFixtures.article()))));

        assertThat(ld.at("/author/0/@type").asString()).isEqualTo("Organization");
        assertThat(ld.at("/author/0/name").asString()).isEqualTo("Báo Hậu Giang");
    }

    @Test
    void videoClipIsDescribedAsVideoObject() {
        WebArticle clip = WebFixtures.asVideo(WebFixtures.article(), URI.create("https://baohaugiang.vn/media/clip.mp4"));

        Document html = parse(renderer.article(SITE, clip));
        JsonNode ld = jsonLd(html);

        assertThat(ld.get("@type").asString()).isEqualTo("VideoObject");
        assertThat(ld.get("name").asString()).isEqualTo(clip.headline());
        assertThat(ld.get("contentUrl").asString()).isEqualTo("https://baohaugiang.vn/media/clip.mp4");
        assertThat(ld.get("thumbnailUrl").asString()).isEqualTo(clip.imageUrl().toString());
        assertThat(ld.get("uploadDate").asString()).isEqualTo("2026-11-29T08:30:00+07:00");
        assertThat(html.select("video[src=https://baohaugiang.vn/media/clip.mp4]")).hasSize(1);
    }

    @Test
    void scriptInHeadlineIsEscapedNotMarkup() {
        String hostile = "Kết quả </script><script>alert('xss')</script> & <b>đậm</b>";
        WebArticle article = WebFixtures.withHeadline(WebFixtures.article(), hostile);

        RenderedPage page = renderer.article(SITE, article);
        Document html = parse(page);

        assertThat(html.select("script")).hasSize(1);
        assertThat(html.select("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(html.select("b")).isEmpty();
        assertThat(page.text()).doesNotContain("<script>alert");
        assertThat(html.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(og(html, "og:title")).isEqualTo(hostile);
        assertThat(jsonLd(html).get("headline").asString()).isEqualTo(hostile);
    }

    @Test
    void sanitizedBodyIsInsertedAsMarkup() {
        WebArticle article = WebFixtures.article();

        Document html = parse(renderer.article(SITE, article));

        assertThat(html.select("div.noi-dung > p").text()).isEqualTo(article.standfirst());
    }

    @Test
    void correctionRendersVisibleNoteAndCorrectionComment() {
        WebArticle original = WebFixtures.article();
        WebArticle corrected = WebFixtures.corrected(original,
                "Bản trước ghi nhầm tên xã là Vị Thanh; đúng là xã Vị Thủy.", original.publishedAt().plus(Duration.ofHours(2)));

        Document html = parse(renderer.article(SITE, corrected));
        JsonNode ld = jsonLd(html);

        assertThat(html.selectFirst("aside.dinh-chinh").text())
                .isEqualTo("Đính chính: Bản trước ghi nhầm tên xã là Vị Thanh; đúng là xã Vị Thủy.");
        assertThat(html.selectFirst("time.cap-nhat").text()).isEqualTo("29/11/2026 10:30");
        assertThat(ld.at("/correction/@type").asString()).isEqualTo("CorrectionComment");
        assertThat(ld.at("/correction/text").asString()).startsWith("Bản trước ghi nhầm");
        assertThat(ld.get("dateModified").asString()).isEqualTo("2026-11-29T10:30:00+07:00");
        assertThat(parse(renderer.article(SITE, original)).select("aside.dinh-chinh")).isEmpty();
    }

    @Test
    void readersSeeHoChiMinhCityTimeInVietnameseFormat() {
        Document html = parse(renderer.article(SITE, WebFixtures.article()));

        assertThat(html.selectFirst("p.thoi-gian time").text()).isEqualTo("29/11/2026 08:30");
        assertThat(html.selectFirst("p.thoi-gian time").attr("datetime")).isEqualTo("2026-11-29T08:30:00+07:00");
    }

    @Test
    void columnPagesArePaginatedNewestFirstWithPrevAndNextLinks() {
        List<WebArticle> articles = WebFixtures.articles(12);

        List<WebArticle> oldestFirst = new java.util.ArrayList<>(articles);
        java.util.Collections.reverse(oldestFirst);

        List<RenderedPage> pages = renderer.column(SITE, THOI_SU, oldestFirst);

        assertThat(pages).extracting(RenderedPage::path)
                .containsExactly("chuyen-muc/thoi-su.html", "chuyen-muc/thoi-su/trang-2.html", "chuyen-muc/thoi-su/trang-3.html");
        Document first = parse(pages.get(0));
        Document second = parse(pages.get(1));
        Document last = parse(pages.get(2));
        assertThat(first.select("ol.danh-sach h2").eachText())
                .containsExactlyElementsOf(articles.subList(0, 5).stream().map(WebArticle::headline).toList());
        assertThat(last.select("ol.danh-sach h2")).hasSize(2);
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("https://baohaugiang.vn/chuyen-muc/thoi-su/trang-2.html");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("https://baohaugiang.vn/chuyen-muc/thoi-su.html");
        assertThat(second.selectFirst("a[rel=next]").attr("href")).isEqualTo("https://baohaugiang.vn/chuyen-muc/thoi-su/trang-3.html");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(second.title()).isEqualTo("Thời sự - Trang 2 - Báo Hậu Giang");
        assertThat(second.selectFirst("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void emptyColumnStillHasItsFirstPage() {
        List<RenderedPage> pages = renderer.column(SITE, THOI_SU, List.of());

        assertThat(pages).extracting(RenderedPage::path).containsExactly("chuyen-muc/thoi-su.html");
        assertThat(parse(pages.get(0)).selectFirst("p.trong").text()).isEqualTo("Chưa có tin bài.");
    }

    @Test
    void homePageListsTheLatestArticles() {
        List<WebArticle> articles = WebFixtures.articles(8);

        RenderedPage home = renderer.home(SITE, articles);
        Document html = parse(home);

        assertThat(home.path()).isEqualTo("index.html");
        assertThat(html.select("ol.danh-sach h2 a").eachAttr("href")).containsExactlyElementsOf(articles.subList(0, 5)
                .stream().map(a -> "https://baohaugiang.vn/tin/" + a.slug() + ".html").toList());
        assertThat(og(html, "og:type")).isEqualTo("website");
        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://baohaugiang.vn/");
    }

    @Test
    void tagPageListsArticlesUnderTheFoldedTagPath() {
        List<WebArticle> articles = WebFixtures.articles(3);
        String tag = articles.get(0).tags().get(0);

        List<RenderedPage> pages = renderer.tag(SITE, tag, articles);

        assertThat(pages.get(0).path()).isEqualTo("the/" + WebPaths.tagSlug(tag) + ".html").matches("the/[a-z0-9-]+\\.html");
        assertThat(parse(pages.get(0)).selectFirst("h1").text()).isEqualTo(tag);
        assertThat(parse(renderer.article(SITE, articles.get(0))).select("ul.the a").eachAttr("href"))
                .contains("https://baohaugiang.vn/" + pages.get(0).path());
    }

    @Test
    void takenDownArticleIsLeftOutOfTheListsTheCallerRegenerates() {
        List<WebArticle> articles = WebFixtures.articles(4);
        WebArticle takenDown = articles.get(1);
        List<WebArticle> live = articles.stream().filter(a -> a != takenDown).toList();

        Document home = parse(renderer.home(SITE, live));

        assertThat(home.select("a[href$=" + WebPaths.article(takenDown.slug()) + "]")).isEmpty();
        assertThat(home.select("ol.danh-sach li")).hasSize(3);
    }

    @Test
    void everyPageParsesAsHtml5WithoutErrors() {
        List<WebArticle> articles = WebFixtures.articles(7);
        List<RenderedPage> pages = new java.util.ArrayList<>(renderer.column(SITE, THOI_SU, articles));
        pages.add(renderer.home(SITE, articles));
        pages.add(renderer.article(SITE, WebFixtures.corrected(articles.get(0), "Sửa lỗi chính tả.", WebFixtures.NOW)));
        pages.add(renderer.article(SITE, WebFixtures.asVideo(articles.get(1), URI.create("https://baohaugiang.vn/v.mp4"))));

        for (RenderedPage page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document html = Jsoup.parse(page.text(), SITE.baseUrl().toString(), parser);
            assertThat(parser.getErrors()).as(page.path()).isEmpty();
            assertThat(html.selectFirst("html").attr("lang")).as(page.path()).isEqualTo("vi");
            assertThat(html.charset().name()).isEqualTo("UTF-8");
        }
    }

    private static Document parse(RenderedPage page) {
        return Jsoup.parse(page.text(), SITE.baseUrl().toString());
    }

    private static String og(Document html, String property) {
        return html.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static JsonNode jsonLd(Document html) {
        return JsonMapper.builder().build().readTree(html.selectFirst("script[type=application/ld+json]").data());
    }
}
