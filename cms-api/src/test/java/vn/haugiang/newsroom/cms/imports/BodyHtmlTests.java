package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clean-up of Tika's XHTML, without Tika: fast checks of each rule. */
class BodyHtmlTests {

    private static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta name=\"dc:title\" content=\"x\">"
                + "<title>x</title></head><body>" + body + "</body></html>";
    }

    private static BodyHtml read(String body) {
        return BodyHtml.read(page(body), false, Set.of());
    }

    @Test
    void keepsOnlyTheBodyContentWithoutTikaWrappersClassesOrEmptyParagraphs() {
        BodyHtml body = read("<div class=\"page\"><p class=\"signature\">Một</p><p></p><p> </p>"
                + "<div class=\"package-entry\"><p><b></b></p><p>Hai <span>ba</span></p></div></div>");

        assertThat(body.body().html()).isEqualTo("<p>Một</p>\n<p>Hai ba</p>");
        assertThat(body.warnings()).isEmpty();
    }

    @Test
    void unwrapsBookmarksAndDropsEmptyOrUnsafeLinksScriptsAndStyles() {
        BodyHtml body = read("<h1><a name=\"_Toc1\"></a>Tiêu đề</h1>"
                + "<p><a href=\"#_Toc1\">mục lục</a> <a href=\"javascript:alert(1)\">xấu</a>"
                + " <a href=\"https://haugiang.gov.vn/\" onclick=\"x()\">tốt</a><a href=\"http://poi.apache.org/\"></a></p>"
                + "<script>alert(2)</script><style>p{}</style>");

        assertThat(body.body().html()).isEqualTo(
                "<h1>Tiêu đề</h1>\n<p>mục lục xấu <a href=\"https://haugiang.gov.vn/\">tốt</a></p>");
    }

    @Test
    void keepsTableStructureAndCellSpans() {
        BodyHtml body = read("<table><tbody><tr>\t<td colspan=\"2\" class=\"x\"><p>Ô gộp</p>\n</td></tr>\n"
                + "<tr><td><p></p></td><td>Hai</td></tr></tbody></table>");

        assertThat(body.body().select("td[colspan=2]").text()).isEqualTo("Ô gộp");
        assertThat(body.body().select("td")).hasSize(3);
        assertThat(body.body().html()).doesNotContain("class", "\t");
    }

    @Test
    void dropsPageHeadersFootersAndCommentsWithWarnings() {
        BodyHtml body = read("<p class=\"header\">UBND TỈNH HẬU GIANG</p><h1>Tin <span class=\"annotation\">"
                + "sửa lại</span>nóng</h1><p>Nội dung</p><p class=\"footer\">Trang 1</p>");

        assertThat(body.body().html()).isEqualTo("<h1>Tin nóng</h1>\n<p>Nội dung</p>");
        assertThat(body.warnings()).containsExactly("page headers and footers were left out", "comments were left out");
    }

    @Test
    void keepsOnlyTheEmbeddedImagesThatWereCollected() {
        BodyHtml body = BodyHtml.read(page("<p><img src=\"embedded:image1.png\" alt=\"Ảnh\">"
                + "<img src=\"embedded:Object 1\"><img src=\"http://example.invalid/a.png\"></p><p><img></p>"),
                false, Set.of("image1.png"));

        assertThat(body.body().html()).isEqualTo(
                "<p><img src=\"embedded:image1.png\" alt=\"Ảnh\"><img src=\"http://example.invalid/a.png\"></p>");
    }

    @Test
    void splitsPlainTextIntoOneParagraphPerLine() {
        BodyHtml body = BodyHtml.read(page("<p>Dòng một\n\n  Dòng hai  \nA &amp; B &lt;C&gt;\n</p>"), true, Set.of());

        assertThat(body.body().html()).isEqualTo("<p>Dòng một</p>\n<p>Dòng hai</p>\n<p>A &amp; B &lt;C&gt;</p>");
        assertThat(body.firstLine()).isEqualTo("Dòng một");
    }

    @Test
    void findsTheFirstHeadingInDocumentOrderAndTheFirstLine() {
        BodyHtml body = read("<p> </p><p>Mở đầu<br>dòng hai</p><h3>Ba</h3><h1>Một</h1>");

        assertThat(body.firstHeading()).isEqualTo("Ba");
        assertThat(body.firstLine()).isEqualTo("Mở đầu");
    }
}
