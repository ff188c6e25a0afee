package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.haugiang.newsroom.cms.imports.TestFiles.open;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haugiang.newsroom.cms.imports.DocumentImportException.Kind;

/**
 * The importer as production runs it: forked parser JVMs, default limits, the real shared files.
 * One importer for the class, so its pool of child JVMs is started once and must survive bad files.
 */
class DocumentImporterTests {

    private static DocumentImporter importer;
    private static List<ProcessHandle> othersChildren;

    @BeforeAll
    static void startImporter() {
        othersChildren = TestFiles.forkedParsers();
        importer = new DocumentImporter(DocumentImportProperties.defaults());
    }

    @AfterAll
    static void closeImporter() {
        importer.close();
    }

    @Test
    void importsDocxTitleAuthorHeadingsTableAndLinks() {
        ImportedDocument document = importer.importDocument("testWORD.docx", open(TestFiles.WORD));

        assertThat(document.title()).isEqualTo("Sample Word Document");
        assertThat(document.author()).isEqualTo("Keith Bennett");
        assertThat(document.detectedType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Element body = Jsoup.parseBodyFragment(document.bodyHtml()).body();
        assertThat(body.select("h1").eachText()).contains("Heading Level 1");
        assertThat(body.select("h2").eachText()).contains("Heading Level 2");
        assertThat(body.select("table")).isNotEmpty();
        assertThat(body.select("a[href=http://tika.apache.org/]")).isNotEmpty();
        assertThat(body.select("b").eachText()).contains("BOLD");
        assertThat(document.bodyHtml()).doesNotContain("class=", "<div", "<span", "<html", "<body", "<head");
        assertThat(body.select("p").stream().filter(p -> p.text().isBlank() && p.select("img").isEmpty()))
                .as("empty paragraphs").isEmpty();
        assertThat(body.select("a:not([href])")).as("bookmark anchors").isEmpty();
        assertThat(document.images()).isEmpty();
    }

    @Test
    void importsOdtTitleAndAuthorFromMetadata() {
        ImportedDocument document = importer.importDocument("testODFwithOOo3.odt", open(TestFiles.ODT));

        assertThat(document.title()).isEqualTo("Apache Tika");
        assertThat(document.author()).isEqualTo("Bart Hanssens");
        assertThat(document.detectedType()).isEqualTo("application/vnd.oasis.opendocument.text");
        Element body = Jsoup.parseBodyFragment(document.bodyHtml()).body();
        assertThat(body.select("h1").eachText()).containsExactly("Apache Tika Test Document");
        assertThat(body.select("p").eachText()).as("the footnote stays inside its sentence")
                .anyMatch(p -> p.contains("This is a rather") && p.contains("difficult test document"));
        assertThat(body.select("ol li").eachText()).containsExactly("First item", "Second item", "Third item");
        assertThat(body.select("a[href=http://lucene.apache.org/]").text()).isEqualTo("Lucene website");
        assertThat(body.select("table")).isNotEmpty();
        assertThat(document.warnings()).containsExactly("comments were left out");
    }

    @Test
    void importsPdfTitleAndText() {
        ImportedDocument document = importer.importDocument("testPDF.pdf", open(TestFiles.PDF));

        assertThat(document.title()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(document.author()).isEqualTo("Bertrand Delacrétaz");
        assertThat(document.detectedType()).isEqualTo("application/pdf");
        assertThat(Jsoup.parseBodyFragment(document.bodyHtml()).text()).contains("Tika - Content Analysis Toolkit");
        assertThat(document.bodyHtml()).doesNotContain("<div");
    }

    @Test
    void collectsEmbeddedImagesWithoutWritingThemAnywhere() {
        byte[] png = TestFiles.bytes(TestFiles.PNG);
        ImportedDocument document = importer.importDocument("anh.docx",
                new ByteArrayInputStream(GeneratedDocuments.docxWithImage(png)));

        assertThat(document.images()).singleElement().satisfies(image -> {
            assertThat(image.mediaType()).isEqualTo("image/png");
            assertThat(image.bytes()).isEqualTo(png);
            assertThat(document.bodyHtml()).contains("<img src=\"embedded:" + image.name() + "\"");
        });
        assertThat(document.title()).isEqualTo("Ảnh minh hoạ: Hậu Giang");
    }

    @Test
    void importsAPdfNamedDocxAsPdfWithAWarning() {
        ImportedDocument document = importer.importDocument("bao-cao.docx", open(TestFiles.PDF));

        assertThat(document.detectedType()).isEqualTo("application/pdf");
        assertThat(document.title()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(document.warnings()).contains("the file name says DOCX but the content is PDF; it was imported as PDF");
    }

    @Test
    void refusesTruncatedDocxAsCorruptAndKeepsWorking() {
        DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                () -> importer.importDocument("testWORD_truncated.docx", open(TestFiles.WORD_TRUNCATED)));

        assertThat(refused.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(refused).hasMessageStartingWith("the file is not a readable DOCX: ");
        assertThat(refused.detectedType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(importer.importDocument("testWORD.docx", open(TestFiles.WORD)).title())
                .isEqualTo("Sample Word Document");
    }

    @Test
    void refusesTextNamedOdtAsCorruptAndKeepsWorking() {
        DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                () -> importer.importDocument("testODTnotaZipFile.odt", open(TestFiles.ODT_NOT_A_ZIP)));

        assertThat(refused.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(refused).hasMessage("the file is not a readable ODT: it contains plain text");
        assertThat(importer.importDocument("testWORD.docx", open(TestFiles.WORD)).author()).isEqualTo("Keith Bennett");
    }

    @Test
    void refusesAnImageAsUnsupportedTypeNamingTheDetectedType() {
        DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                () -> importer.importDocument("anh.docx", open(TestFiles.PNG)));

        assertThat(refused.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
        assertThat(refused.detectedType()).isEqualTo("image/png");
        assertThat(refused).hasMessage(
                "the file is image/png, which cannot be imported; upload a DOCX, ODT, PDF, HTML or TXT file");
    }

    @Test
    void refusesAPasswordProtectedPdfAsEncrypted() {
        DocumentImportException refused = catchThrowableOfType(DocumentImportException.class, () -> importer
                .importDocument("mat.pdf", new ByteArrayInputStream(GeneratedDocuments.passwordProtectedPdf())));

        assertThat(refused.kind()).isEqualTo(Kind.ENCRYPTED);
        assertThat(refused).hasMessage("the PDF is password-protected; remove the password and upload it again");
    }

    @Test
    void refusesAnEmptyFileAsCorrupt() {
        DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                () -> importer.importDocument("trong.docx", new ByteArrayInputStream(new byte[0])));

        assertThat(refused.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(refused).hasMessage("the file is empty");
    }

    @Test
    void importsTwoFilesAtOnce() {
        var docx = CompletableFuture.supplyAsync(() -> importer.importDocument("testWORD.docx", open(TestFiles.WORD)));
        var odt = CompletableFuture.supplyAsync(() -> importer.importDocument("testODFwithOOo3.odt", open(TestFiles.ODT)));

        assertThat(docx.join().title()).isEqualTo("Sample Word Document");
        assertThat(odt.join().title()).isEqualTo("Apache Tika");
    }

    @Test
    void keepsNoMoreChildJvmsThanWorkers() {
        for (int i = 0; i < 3; i++) {
            importer.importDocument("testPDF.pdf", open(TestFiles.PDF));
        }

        assertThat(TestFiles.forkedParsersSince(othersChildren))
                .hasSizeBetween(1, DocumentImportProperties.defaults().workers());
    }
}
