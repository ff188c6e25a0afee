package vn.haugiang.newsroom.cms.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's standard parser, except that files whose name contains "slow" hang for a minute, like a
 * parser caught in a loop. Serialisable, so it also runs in the forked JVM.
 */
final class SlowParser implements Parser {

    private static final long serialVersionUID = 1L;

    private final AutoDetectParser standard = new AutoDetectParser();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return standard.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name != null && name.contains("slow")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TikaException("interrupted", e);
            }
        }
        standard.parse(stream, handler, metadata, context);
    }
}
