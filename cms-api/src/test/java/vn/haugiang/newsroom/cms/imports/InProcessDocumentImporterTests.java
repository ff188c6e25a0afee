package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.haugiang.newsroom.cms.imports.TestFiles.open;

import org.junit.jupiter.api.Test;
import vn.haugiang.newsroom.cms.imports.DocumentImportException.Kind;

/** The same rules without a forked JVM (the development mode), and the limits checked before parsing. */
class InProcessDocumentImporterTests {

    private static DocumentImportProperties inProcess() {
        return DocumentImportProperties.defaults().withIsolation(false);
    }

    @Test
    void importsDocxInProcessLikeInTheForkedJvm() {
        try (DocumentImporter importer = new DocumentImporter(inProcess())) {
            ImportedDocument document = importer.importDocument("testWORD.docx", open(TestFiles.WORD));

            assertThat(document.title()).isEqualTo("Sample Word Document");
            assertThat(document.author()).isEqualTo("Keith Bennett");
            assertThat(document.bodyHtml()).contains("<h1>Heading Level 1</h1>")
                    .contains("<a href=\"http://tika.apache.org/\">");
        }
    }

    @Test
    void refusesTruncatedDocxAsCorruptInProcess() {
        try (DocumentImporter importer = new DocumentImporter(inProcess())) {
            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("testWORD_truncated.docx", open(TestFiles.WORD_TRUNCATED)));

            assertThat(refused.kind()).isEqualTo(Kind.CORRUPT);
            assertThat(refused).hasMessageStartingWith("the file is not a readable DOCX: ");
        }
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeParsingIt() {
        try (DocumentImporter importer = new DocumentImporter(inProcess().withMaxSizeBytes(1000))) {
            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("testPDF.pdf", open(TestFiles.PDF)));

            assertThat(refused.kind()).isEqualTo(Kind.TOO_LARGE);
            assertThat(refused).hasMessage("the file is larger than the import limit of 1000 bytes");
            assertThat(refused.detectedType()).isNull();
        }
    }

    @Test
    void refusesADocxWhoseTextExpandsFarBeyondItsSize() {
        // 200,000 repeated characters compress to a few kB; the text limit is twice the size limit.
        byte[] docx = GeneratedDocuments.docxWithText("an toàn thông tin ".repeat(11_000));
        try (DocumentImporter importer = new DocumentImporter(inProcess().withMaxSizeBytes(20_000))) {
            assertThat(docx.length).isLessThan(20_000);

            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("nen.docx", new java.io.ByteArrayInputStream(docx)));

            assertThat(refused.kind()).isEqualTo(Kind.TOO_LARGE);
            assertThat(refused).hasMessage("the DOCX contains more text than can be imported");
        }
    }

    @Test
    void usesTheFileNameAsTitleAndWarnsWhenTheFileHasNoText() {
        try (DocumentImporter importer = new DocumentImporter(inProcess())) {
            ImportedDocument document = importer.importDocument("Bản tin trống.html",
                    TestFiles.utf8("<html><body><p> </p><div></div></body></html>"));

            assertThat(document.title()).isEqualTo("Bản tin trống");
            assertThat(document.bodyHtml()).isEmpty();
            assertThat(document.warnings()).containsExactly(
                    "no text was found in the file; a scanned document holds only pictures of its text",
                    "the document has no title or text; the file name was used as the title");
        }
    }

    @Test
    void refusesImportsAfterClose() {
        DocumentImporter importer = new DocumentImporter(inProcess());
        importer.close();

        assertThatThrownBy(() -> importer.importDocument("a.txt", TestFiles.utf8("a")))
                .isInstanceOf(IllegalStateException.class);
    }
}
