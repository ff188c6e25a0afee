package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.assertj.core.api.Condition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTML and plain-text uploads written here, in Vietnamese, some of it decomposed (NFD). */
class HtmlAndTextImportTests {

    private static DocumentImporter importer;

    @BeforeAll
    static void startImporter() {
        importer = new DocumentImporter(DocumentImportProperties.defaults().withWorkers(1));
    }

    @AfterAll
    static void closeImporter() {
        importer.close();
    }

    @Test
    void importsHtmlWithDecomposedVietnameseAsNfc() {
        String html = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>Hậu Giang tăng cường an toàn thông tin</title>
                <meta name="author" content="Nguyễn Thị Thu Hà"></head>
                <body><h1>Tuyên truyền an toàn thông tin</h1>
                <p>Sở Thông tin và Truyền thông tỉnh Hậu Giang tổ chức <b>tập huấn</b> cho cán bộ.</p>
                <p></p>
                <ul><li>Nhận diện thư điện tử giả mạo</li><li>Đặt mật khẩu mạnh</li></ul>
                <table><tr><th>Đơn vị</th><th>Số lượt</th></tr><tr><td>Vị Thanh</td><td>120</td></tr></table>
                <script>alert('xss')</script>
                <p><a href="javascript:alert(1)">bấm vào đây</a> hoặc <a href="https://haugiang.gov.vn/">cổng thông tin</a></p>
                </body></html>
                """;
        ImportedDocument document = importer.importDocument("bai-viet.html",
                TestFiles.utf8(Normalizer.normalize(html, Normalizer.Form.NFD)));

        assertThat(document.detectedType()).isEqualTo("text/html");
        assertThat(document.title()).isEqualTo("Hậu Giang tăng cường an toàn thông tin")
                .is(nfc());
        assertThat(document.author()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(document.bodyHtml()).is(nfc()).contains("<h1>Tuyên truyền an toàn thông tin</h1>")
                .contains("<b>tập huấn</b>").doesNotContain("script", "alert", "javascript");
        Element body = Jsoup.parseBodyFragment(document.bodyHtml()).body();
        assertThat(body.select("ul li").eachText()).containsExactly("Nhận diện thư điện tử giả mạo", "Đặt mật khẩu mạnh");
        assertThat(body.select("td").eachText()).containsExactly("Vị Thanh", "120");
        assertThat(body.select("a[href=https://haugiang.gov.vn/]").text()).isEqualTo("cổng thông tin");
        assertThat(body.select("p").stream().filter(p -> p.text().isBlank())).isEmpty();
    }

    @Test
    void takesTheTitleOfHtmlWithoutTitleFromItsFirstHeading() {
        ImportedDocument document = importer.importDocument("khong-tieu-de.html", TestFiles.utf8(
                "<html><body><p>Vị Thanh, 15/5</p><h2>Diễn tập ứng cứu sự cố mạng</h2><p>Nội dung.</p></body></html>"));

        assertThat(document.title()).isEqualTo("Diễn tập ứng cứu sự cố mạng");
        assertThat(document.author()).isNull();
    }

    @Test
    void importsPlainTextOneParagraphPerLineWithTheFirstLineAsTitleAndNfcText() {
        String text = "\n  Hậu Giang ra quân tháng an toàn thông tin  \n"
                + "Ngày 15/5, tại thành phố Vị Thanh, Ủy ban nhân dân tỉnh phát động phong trào.\n\n"
                + "Các đơn vị được yêu cầu rà soát hệ thống & báo cáo <trước> ngày 30/11.\n";
        ImportedDocument document = importer.importDocument("tin-ngan.txt",
                TestFiles.utf8(Normalizer.normalize(text, Normalizer.Form.NFD)));

        assertThat(document.detectedType()).isEqualTo("text/plain");
        assertThat(document.title()).isEqualTo("Hậu Giang ra quân tháng an toàn thông tin").is(nfc());
        assertThat(document.bodyHtml()).is(nfc());
        assertThat(Jsoup.parseBodyFragment(document.bodyHtml()).select("p").eachText()).containsExactly(
                "Hậu Giang ra quân tháng an toàn thông tin",
                "Ngày 15/5, tại thành phố Vị Thanh, Ủy ban nhân dân tỉnh phát động phong trào.",
                "Các đơn vị được yêu cầu rà soát hệ thống & báo cáo <trước> ngày 30/11.");
        assertThat(document.bodyHtml()).contains("&amp; báo cáo &lt;trước&gt;");
        assertThat(document.author()).isNull();
    }

    private static Condition<String> nfc() {
        return new Condition<>(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC), "NFC");
    }
}
