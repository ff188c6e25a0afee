package vn.haugiang.newsroom.cms.content.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.MEDIA_IMG;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.SANITIZER;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.assertSafe;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitizerTests {

    /** Uses every safelisted element and attribute; must pass through byte for byte. */
    static final String FULL_ARTICLE = "<h2>Tổng quan</h2><p>Đoạn <strong>đậm</strong>, <em>nghiêng</em>, <b>b</b>, "
            + "<i>i</i>, <u>gạch dưới</u>, <s>gạch ngang</s>, H<sub>2</sub>O, m<sup>2</sup>.<br>Dòng mới.</p>"
            + "<h3>Danh sách</h3><ul><li>một</li><li>hai</li></ul><ol><li>ba</li></ol><h4>Trích dẫn</h4>"
            + "<blockquote><p>An toàn thông tin là trách nhiệm của mọi người.</p></blockquote>"
            + "<table><caption>Số liệu</caption><thead><tr><th colspan=\"2\">Năm</th></tr></thead>"
            + "<tbody><tr><td rowspan=\"2\">2024</td><td>12</td></tr><tr><td>13</td></tr></tbody>"
            + "<tfoot><tr><td>Tổng</td><td>25</td></tr></tfoot></table>"
            + "<figure><img src=\"/media/anh.jpg\" alt=\"Ảnh\" title=\"Ảnh\" width=\"640\" height=\"480\">"
            + "<figcaption>Chú thích</figcaption></figure>"
            + "<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen title=\"Video\"></iframe>"
            + "<p><a href=\"/tin-tuc/an-toan-thong-tin\" title=\"Bài liên quan\">nội bộ</a>, "
            + "<a href=\"https://www.baohaugiang.vn/x\">trang chủ</a>, <a href=\"mailto:toasoan@baohaugiang.vn\">thư</a>, "
            + "<a href=\"https://mic.gov.vn/\" rel=\"noopener noreferrer\" target=\"_blank\">Bộ TT&amp;TT</a>, "
            + "<a href=\"#muc-2\">mục 2</a></p>";

    @Test
    void everySafelistedElementAndAttributePassesUnchanged() {
        SanitizedHtml result = SANITIZER.sanitize(FULL_ARTICLE);

        assertThat(result.html()).isEqualTo(FULL_ARTICLE);
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void figureWithMediaLibraryImageAndVietnameseCaptionIsKeptExactly() {
        String html = "<figure><img src=\"" + MEDIA_IMG + "\" alt=\"Cầu Vàm Xáng\"><figcaption>Chú thích</figcaption></figure>";

        SanitizedHtml result = SANITIZER.sanitize(html);

        assertThat(result.html()).isEqualTo(html);
        assertThat(Normalizer.isNormalized(result.html(), Normalizer.Form.NFC)).isTrue();
        assertThat(result.removals()).isEmpty();
    }

    @Test
    void decomposedVietnameseComesOutComposed() {
        String nfc = "<p title=\"x\">Hậu Giang: an toàn thông tin</p><img src=\"/media/a.jpg\" alt=\"Ngã Bảy\">";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        SanitizedHtml result = SANITIZER.sanitize(nfd);

        assertThat(result.html()).isEqualTo("<p>Hậu Giang: an toàn thông tin</p><img src=\"/media/a.jpg\" alt=\"Ngã Bảy\">");
    }

    @Test
    void combiningMarkSplitByARemovedSpanIsComposedWithItsLetter() {
        // "â" then a combining dot below inside a span: after unwrapping they are one letter, "ậ".
        SanitizedHtml result = SANITIZER.sanitize("<p>Hâ<span>\u0323</span>u Giang</p>");

        assertThat(result.html()).isEqualTo("<p>Hậu Giang</p>");
    }

    @Test
    void h1IsDemotedAndH5H6PromotedAndReported() {
        SanitizedHtml result = SANITIZER.sanitize("<h1>Tít</h1><h5>Năm</h5><h6>Sáu</h6><strike>cũ</strike>");

        assertThat(result.html()).isEqualTo("<h2>Tít</h2><h4>Năm</h4><h4>Sáu</h4><s>cũ</s>");
        assertThat(result.removals()).containsExactly(
                new Removal("<h1>", "changed to <h2>: the headline is the page's only <h1>"),
                new Removal("<h5>", "changed to <h4>: headings go no deeper than <h4>"),
                new Removal("<h6>", "changed to <h4>: headings go no deeper than <h4>"),
                new Removal("<strike>", "changed to <s>"));
    }

    @Test
    void scriptAndStyleDisappearWithTheirContent() {
        SanitizedHtml result = SANITIZER.sanitize("<p>a</p><script>alert('x')</script><style>p{color:red}</style><p>b</p>");

        assertThat(result.html()).isEqualTo("<p>a</p><p>b</p>");
        assertThat(result.removals()).containsExactly(
                new Removal("<script>", "element not allowed"), new Removal("<style>", "element not allowed"));
    }

    @Test
    void spanIsUnwrappedAndDivWithTextBecomesAParagraph() {
        SanitizedHtml result = SANITIZER.sanitize("<div>một <span class=\"x\">hai</span></div><div>ba</div>"
                + "<section><p>bốn</p></section>");

        assertThat(result.html()).isEqualTo("<p>một hai</p><p>ba</p><p>bốn</p>");
        assertThat(result.removals()).containsExactly(
                new Removal("<div>", "element not allowed; changed to <p>", 2),
                new Removal("<span>", "element not allowed; its content was kept"),
                new Removal("<section>", "element not allowed; its content was kept"));
    }

    @Test
    void wordImportMarkupIsReducedToParagraphsWithOneLinePerKindOfRemoval() {
        String word = "<div class=\"WordSection1\"><p class=\"MsoNormal\"><span lang=\"VI\" style=\"font-size:13pt\">"
                + "Văn bản một<o:p></o:p></span></p><p class=\"MsoNormal\"><span lang=\"VI\">Văn bản hai</span></p></div>";

        SanitizedHtml result = SANITIZER.sanitize(word);

        assertThat(result.html()).isEqualTo("<p>Văn bản một</p><p>Văn bản hai</p>");
        assertThat(result.removals()).containsExactly(
                new Removal("<div>", "element not allowed; its content was kept"),
                new Removal("class on <p>", "attribute not allowed", 2),
                new Removal("<span>", "element not allowed; its content was kept", 2),
                new Removal("<o:p>", "element not allowed; its content was kept"));
    }

    @Test
    void externalLinksGetRelAndTargetAndInternalLinksDoNot() {
        SanitizedHtml result = SANITIZER.sanitize("<a href=\"https://example.com/a\">ngoài</a>"
                + "<a href=\"https://BaoHauGiang.vn/b\" target=\"_blank\" rel=\"nofollow\">trong</a>"
                + "<a href=\"//www.baohaugiang.vn/c\">trong</a>");

        assertThat(result.html()).isEqualTo(
                "<a href=\"https://example.com/a\" rel=\"noopener noreferrer\" target=\"_blank\">ngoài</a>"
                        + "<a href=\"https://BaoHauGiang.vn/b\">trong</a><a href=\"https://www.baohaugiang.vn/c\">trong</a>");
        assertThat(result.removals()).containsExactly(
                new Removal("rel on <a>", "set by the newsroom link policy (external links only)"),
                new Removal("target on <a>", "set by the newsroom link policy (external links only)"),
                new Removal("href on <a>", AttributeScrubber.PROTOCOL_RELATIVE));
    }

    @Test
    void youtubeAndFacebookEmbedsAreKeptAndOtherHostsRemovedWithARemoval() {
        String kept = "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>"
                + "<iframe src=\"https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx\"></iframe>";

        SanitizedHtml result = SANITIZER.sanitize(kept + "<iframe src=\"https://evil.example\"></iframe>"
                + "<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>");

        assertThat(result.html()).isEqualTo(kept);
        assertThat(result.removals()).containsExactly(
                new Removal("<iframe src=https://evil.example>", "iframe host not allowed"),
                new Removal("<iframe src=http://www.youtube.com/embed/abc>", "iframes must use https"));
    }

    @Test
    void imagesFromOutsideTheMediaLibraryAreRemovedWithTheirUrlInTheReport() {
        SanitizedHtml result = SANITIZER.sanitize("<img src=\"http://other.example/x.jpg\">"
                + "<img src=\"https://i.ytimg.com/vi/abc/0.jpg\"><img src=\"http://i.ytimg.com/vi/abc/0.jpg\">");

        assertThat(result.html()).isEqualTo("<img src=\"https://i.ytimg.com/vi/abc/0.jpg\">");
        assertThat(result.removals()).containsExactly(
                new Removal("<img src=http://other.example/x.jpg>", "images must come from the media library or an allowed host"),
                new Removal("<img src=http://i.ytimg.com/vi/abc/0.jpg>", "images from other hosts must use https"));
    }

    @Test
    void pastedDataImageIsReportedWithAShortenedUrl() {
        String data = "data:image/png;base64," + "A".repeat(5000);

        SanitizedHtml result = SANITIZER.sanitize("<p>ảnh<img src=\"" + data + "\"></p>");

        assertThat(result.html()).isEqualTo("<p>ảnh</p>");
        assertThat(result.removals()).singleElement().satisfies(r -> {
            assertThat(r.what()).hasSizeLessThan(100).startsWith("<img src=data:image/png;base64,AAA").endsWith("…>");
            assertThat(r.reason()).isEqualTo("data: URLs are not allowed");
        });
    }

    @Test
    void repeatedRemovalsAreCountedOnce() {
        SanitizedHtml result = SANITIZER.sanitize("<p class=a>1</p><p class=b>2</p><p class=c>3</p>");

        assertThat(result.removals()).containsExactly(new Removal("class on <p>", "attribute not allowed", 3));
        assertThat(result.removals().get(0)).hasToString("class on <p>: attribute not allowed (×3)");
    }

    @Test
    void badNumbersInSizesAreRemoved() {
        SanitizedHtml result = SANITIZER.sanitize("<img src=\"/media/a.jpg\" width=\"100%\" height=\" 300 \">");

        assertThat(result.html()).isEqualTo("<img src=\"/media/a.jpg\" height=\"300\">");
        assertThat(result.removals()).containsExactly(new Removal("width on <img>", "must be a whole number from 1 to 9999"));
    }

    @Test
    void wholeDocumentIsReducedToItsBody() {
        SanitizedHtml result = SANITIZER.sanitize("<!doctype html><html><head><title>T</title></head>"
                + "<body onload=\"alert(1)\"><p>nội dung</p></body></html>");

        assertThat(result.html()).isEqualTo("<p>nội dung</p>");
        // The parser drops <html>/<body> tags and their attributes inside a body fragment.
        assertThat(result.removals()).containsExactly(new Removal("<title>", "element not allowed"));
    }

    @Test
    void jsoupSafelistOfTheFinalCheckMatchesTheNewsroomTags() {
        var safelist = NewsroomSafelist.jsoup();

        assertThat(NewsroomSafelist.TAGS).allMatch(safelist::isSafeTag);
        assertThat(Stream.of("div", "span", "h1", "h5", "script", "style", "svg", "math", "form", "base", "meta", "object"))
                .noneMatch(safelist::isSafeTag);
    }

    @Test
    void largeImportedDocumentIsSanitizedQuickly() {
        String paragraph = "<p class=\"MsoNormal\"><span style=\"font-size:13pt\">Sở Thông tin và Truyền thông tỉnh Hậu Giang "
                + "khuyến cáo người dân cảnh giác với lừa đảo trực tuyến.</span></p>";
        String html = paragraph.repeat(2000);

        long start = System.nanoTime();
        SanitizedHtml result = SANITIZER.sanitize(html);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.removals()).extracting(Removal::count).containsExactly(2000, 2000);
        assertThat(result.html()).hasSizeLessThan(html.length()).startsWith("<p>Sở Thông tin");
        assertThat(millis).as("ms for %d chars", html.length()).isLessThan(5_000);
    }

    @Test
    void manySiblingsAreUnwrappedInLinearTime() {
        // Unwrapping in place shifts every later sibling: 20,000 spans took over 5 s that way.
        String html = "<p>" + "<span>chữ </span>".repeat(20_000) + "</p>";

        long start = System.nanoTime();
        SanitizedHtml result = SANITIZER.sanitize(html);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.html()).isEqualTo("<p>" + "chữ ".repeat(20_000) + "</p>");
        assertThat(millis).isLessThan(3_000);
    }

    @Test
    void emptyInputGivesEmptyOutputAndNullIsRefused() {
        assertThat(SANITIZER.sanitize("")).isEqualTo(new SanitizedHtml("", java.util.List.of()));
        assertThat(SANITIZER.sanitize("  \n").removals()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> SANITIZER.sanitize(null));
    }

    static Stream<String> inputs() {
        return Stream.concat(Stream.of(
                FULL_ARTICLE,
                Normalizer.normalize(FULL_ARTICLE, Normalizer.Form.NFD),
                "<div>a<div>b</div>c</div><dl><dt>t</dt><dd>d</dd></dl>",
                "<p>a<span>e</span>\u0301 <b>x</b>\u0338</p>",
                "<ul><li><div>một</div><div><p>hai</p></div></li></ul>",
                "<table><tr><td><div>ô</div></td></tr><span>lạc</span></table>",
                "<p>text &lt;b&gt; &amp;amp; &nbsp; \u00a0 “ngoặc”</p>",
                "văn bản trần<br>dòng hai",
                "<a name=\"_Toc1\"></a><h1><a href=\"https://example.com\">Tít</a></h1>",
                "<pre>  code\n  block</pre><center>giữa</center><font color=red>đỏ</font>"),
                XssBypassTests.vectors());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputIsWellFormedOnlySafelistedNfcAndIdempotent(String html) {
        String out = SANITIZER.sanitize(html).html();

        assertSafe(out);
        assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).as(out).isTrue();
    }
}
