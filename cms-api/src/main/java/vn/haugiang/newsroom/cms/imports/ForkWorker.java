package vn.haugiang.newsroom.cms.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One child JVM slot: a {@link ForkParser} with a pool of exactly one process, used by one import
 * at a time. One slot per process (rather than one ForkParser with a bigger pool) is what lets the
 * importer find and kill the very process that serves a stuck call: ForkParser does not expose its
 * processes, so each slot's command line carries a unique marker property, and {@link #kill()}
 * looks for the child of this JVM with that marker.
 */
final class ForkWorker implements AutoCloseable {

    private static final String MARKER_PROPERTY = "-Dvn.haugiang.newsroom.imports.worker=";

    private final ForkParser forkParser;
    private final String marker = MARKER_PROPERTY + UUID.randomUUID();

    ForkWorker(Parser parser, long parseTimeoutMillis, long pulseMillis, long idleMillis, int heapMegabytes) {
        // Legacy mode: the child starts from Tika's small bootstrap jar and loads every other class
        // (tika-parsers, POI, PDFBox, ours) from this class loader through the fork protocol, so it
        // works the same from Maven, an IDE or a Spring Boot fat jar, which has no plain classpath.
        forkParser = new ForkParser(ImportParser.class.getClassLoader(), parser);
        forkParser.setPoolSize(1);
        forkParser.setJavaCommand(List.of(javaBinary(), "-Xmx" + heapMegabytes + "m", "-Djava.awt.headless=true",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", marker));
        forkParser.setServerParseTimeoutMillis(parseTimeoutMillis);
        forkParser.setServerPulseMillis(pulseMillis);
        forkParser.setServerWaitTimeoutMillis(idleMillis);
    }

    void parse(InputStream input, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException {
        forkParser.parse(input, handler, metadata, new ParseContext());
    }

    /** Whether this slot's child JVM is running (it exits by itself after the idle time). */
    boolean isRunning() {
        return ProcessHandle.current().children().anyMatch(this::isOurs);
    }

    /**
     * Starts the child JVM with a one-line text document, so that starting the JVM and loading the
     * parsers is not counted in the caller's time limit. A failure here is left to the real parse to
     * report.
     */
    void warmUp() {
        if (isRunning()) {
            return;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "warm-up.txt");
        try {
            parse(new ByteArrayInputStream("warm-up".getBytes(StandardCharsets.UTF_8)), new ToTextContentHandler(),
                    metadata);
        } catch (IOException | SAXException | TikaException e) {
            // ignored on purpose, see above
        }
    }

    /** Ends this slot's child JVM (and anything it started) at once; ForkParser starts a new one when needed. */
    void kill() {
        ProcessHandle.current().children().filter(this::isOurs).forEach(child -> {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        });
    }

    @Override
    public void close() {
        forkParser.close(); // closes the idle process; one still busy is ended by kill()
        kill();
    }

    private boolean isOurs(ProcessHandle process) {
        return process.info().arguments().map(arguments -> Arrays.asList(arguments).contains(marker)).orElse(false);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
