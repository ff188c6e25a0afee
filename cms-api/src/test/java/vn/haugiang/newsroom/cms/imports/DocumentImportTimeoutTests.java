package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.haugiang.newsroom.cms.imports.TestFiles.open;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.haugiang.newsroom.cms.imports.DocumentImportException.Kind;

/** The time limit: a parse that hangs is stopped, reported as TIMEOUT, and the importer goes on. */
class DocumentImportTimeoutTests {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void stopsAHangingParseInTheForkedJvmAndThenImportsTheNextFile() {
        DocumentImportProperties properties = DocumentImportProperties.defaults().withTimeout(LIMIT).withWorkers(1);
        try (DocumentImporter importer = new DocumentImporter(properties, new SlowParser())) {
            importer.importDocument("testPDF.pdf", open(TestFiles.PDF)); // starts the child JVM
            long start = System.nanoTime();
            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("slow.docx", open(TestFiles.WORD)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(refused.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(refused).hasMessage("reading the DOCX took longer than the limit of 5 s");
            assertThat(took).as("stopped by the child's watchdog, long before the parser's 60 s sleep")
                    .isBetween(LIMIT, LIMIT.plusSeconds(5));
            // The one worker's child JVM died with the parse: a new one reads the next file.
            ImportedDocument next = importer.importDocument("testWORD.docx", open(TestFiles.WORD));
            assertThat(next.title()).isEqualTo("Sample Word Document");
        }
    }

    @Test
    void timesOutEvenAnOrdinaryFileWhenTheLimitIsOneMillisecond() {
        DocumentImportProperties properties = DocumentImportProperties.defaults().withTimeout(Duration.ofMillis(1))
                .withWorkers(1);
        try (DocumentImporter importer = new DocumentImporter(properties)) {
            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("testPDF.pdf", open(TestFiles.PDF)));

            assertThat(refused.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(refused).hasMessage("reading the PDF took longer than the limit of 1 ms");
        }
    }

    @Test
    void stopsWaitingForAHangingParseOnAThreadWhenNotIsolated() {
        DocumentImportProperties properties = DocumentImportProperties.defaults().withTimeout(Duration.ofSeconds(2))
                .withIsolation(false);
        try (DocumentImporter importer = new DocumentImporter(properties, new SlowParser())) {
            DocumentImportException refused = catchThrowableOfType(DocumentImportException.class,
                    () -> importer.importDocument("slow.txt", TestFiles.utf8("Chậm quá")));

            assertThat(refused.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(refused).hasMessage("reading the TXT took longer than the limit of 2 s");
            assertThat(importer.importDocument("testPDF.pdf", open(TestFiles.PDF)).title())
                    .isEqualTo("Apache Tika - Apache Tika");
        }
    }

    @Test
    void endsItsChildJvmsWhenClosed() throws Exception {
        var othersChildren = TestFiles.forkedParsers();
        DocumentImporter importer = new DocumentImporter(DocumentImportProperties.defaults().withWorkers(1));
        importer.importDocument("testPDF.pdf", open(TestFiles.PDF));
        var children = TestFiles.forkedParsersSince(othersChildren);
        assertThat(children).isNotEmpty();

        importer.close();

        for (ProcessHandle child : children) {
            child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }
}
