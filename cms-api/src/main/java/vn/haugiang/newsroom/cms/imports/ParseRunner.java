package vn.haugiang.newsroom.cms.imports;

import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/** Runs {@link ImportParser} on a spooled upload within the time limit, isolated or not. */
interface ParseRunner extends AutoCloseable {

    /**
     * Parses {@code file} into {@code handler} (XHTML SAX events) and {@code metadata}.
     *
     * @param label what the file claims to be, for messages when the parse dies without a reason
     * @throws DocumentImportException when the file is refused, broken or too slow
     */
    void parse(Path file, Metadata metadata, ContentHandler handler, String label);

    @Override
    void close();
}
