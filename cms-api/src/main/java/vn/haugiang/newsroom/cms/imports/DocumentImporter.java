package vn.haugiang.newsroom.cms.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToHTMLContentHandler;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded DOCX, ODT, PDF, HTML or plain-text file into a draft article.
 *
 * <p>The type is detected from the bytes by Apache Tika's default detector; the file name is only a
 * hint. A PDF named {@code .docx} is therefore imported as a PDF, with a warning; text bytes named
 * {@code .docx}, {@code .odt} or {@code .pdf} are refused as {@link DocumentImportException.Kind#CORRUPT}.
 * Parsing uses Tika's {@code AutoDetectParser} and standard parsers, by default in child JVMs
 * ({@code org.apache.tika.fork.ForkParser}) with a heap cap and a time limit, so a malformed file
 * that loops or exhausts memory takes down only its child process. The child JVMs are kept in a pool
 * (one per {@linkplain DocumentImportProperties#workers() worker}), started on first use, ended
 * after five idle minutes and restarted when needed; {@link #close()} ends them.
 *
 * <p>Thread-safe: up to {@code workers} imports run at once, further callers wait (at most the time
 * limit). Create one importer per application and close it on shutdown.
 *
 * @see <a href="https://tika.apache.org/3.3.1/api/org/apache/tika/fork/ForkParser.html">Tika ForkParser</a>
 * @see <a href="https://tika.apache.org/3.3.1/api/org/apache/tika/parser/AutoDetectParser.html">Tika AutoDetectParser</a>
 */
public class DocumentImporter implements AutoCloseable {

    private final DocumentImportProperties properties;
    private final String nonce;
    private final ParseRunner runner;

    /**
     * An importer with Tika's standard parsers. The child JVMs start on first use.
     *
     * @param properties the time and size limits, isolation and number of workers
     */
    public DocumentImporter(DocumentImportProperties properties) {
        this(properties, null);
    }

    /**
     * For tests: {@code parser} replaces the standard {@code AutoDetectParser} for the parse itself
     * (detection stays Tika's). It must be serialisable, as it is sent to the child JVMs.
     */
    DocumentImporter(DocumentImportProperties properties, @Nullable Parser parser) {
        this.properties = properties;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.nonce = HexFormat.of().formatHex(random);
        AutoDetectParser standard = new AutoDetectParser();
        ImportParser importParser = new ImportParser(standard, parser != null ? parser : standard, nonce,
                properties.maxSizeBytes(), characterLimit(properties.maxSizeBytes()));
        this.runner = properties.isolateInForkedJvm() ? new ForkedParseRunner(importParser, properties)
                : new InProcessParseRunner(importParser, properties);
    }

    /**
     * Reads an upload and returns the draft article made from it. The stream is read to its end and
     * closed; nothing is stored.
     *
     * @param fileName the name the editor's file had, e.g. {@code "Tin ATTT tháng 5.docx"}: a hint for
     *     type detection and the last-resort title
     * @param content the file's bytes
     * @return the draft: title, body HTML, author, detected type, images, warnings (all NFC)
     * @throws DocumentImportException when the file is not importable: its {@code kind()} says why
     *     ({@code UNSUPPORTED_TYPE}, {@code CORRUPT}, {@code ENCRYPTED}, {@code TOO_LARGE},
     *     {@code TIMEOUT}) and its message says so in English for the editor
     * @throws IllegalStateException when the importer is closed or its parser processes cannot start
     * @throws java.io.UncheckedIOException when the upload cannot be read or spooled
     */
    public ImportedDocument importDocument(String fileName, InputStream content) {
        Path upload = UploadSpool.copy(content, properties.maxSizeBytes());
        try {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            ToHTMLContentHandler html = new ToHTMLContentHandler();
            SideChannelReader side = new SideChannelReader(new ParagraphNestingHandler(html), nonce);
            String claimed = SupportedType.ofFileName(fileName).map(SupportedType::label).orElse("document");
            runner.parse(upload, metadata, side, claimed);
            return DraftAssembler.assemble(fileName, metadata, html.toString(), side);
        } finally {
            UploadSpool.delete(upload);
        }
    }

    /** Ends the child JVMs (or worker threads). Imports in progress fail; later calls are refused. */
    @Override
    public void close() {
        runner.close();
    }

    /**
     * Extracted text may have twice as many characters as the upload has bytes: generous for real
     * documents, yet it stops a small compressed file that expands without end.
     */
    private static long characterLimit(long maxSizeBytes) {
        return maxSizeBytes > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : maxSizeBytes * 2;
    }
}
