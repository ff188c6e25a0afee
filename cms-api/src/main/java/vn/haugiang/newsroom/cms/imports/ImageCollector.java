package vn.haugiang.newsroom.cms.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.xml.sax.ContentHandler;

/**
 * Tika's hook for embedded resources, replacing the default one that would parse them into the body:
 * images are kept in memory (within a byte budget) and handed to the {@link SideChannelHandler};
 * other embedded objects (spreadsheets, formulas, OLE objects) are left out with a warning, and
 * thumbnails, fonts and macros silently. Nothing is written to disk.
 */
final class ImageCollector implements EmbeddedDocumentExtractor {

    private static final Set<String> NOT_CONTENT = Set.of(
            TikaCoreProperties.EmbeddedResourceType.THUMBNAIL.name(),
            TikaCoreProperties.EmbeddedResourceType.FONT.name(),
            TikaCoreProperties.EmbeddedResourceType.MACRO.name(),
            TikaCoreProperties.EmbeddedResourceType.METADATA.name(),
            TikaCoreProperties.EmbeddedResourceType.VERSION.name(),
            TikaCoreProperties.EmbeddedResourceType.RENDERING.name());

    private final SideChannelHandler side;
    private final Detector detector;
    private final Set<String> names = new HashSet<>();
    private long budget;

    ImageCollector(SideChannelHandler side, Detector detector, long maxImageBytes) {
        this.side = side;
        this.detector = detector;
        this.budget = maxImageBytes;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        if (NOT_CONTENT.contains(String.valueOf(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE)))) {
            return;
        }
        String given = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String name = given == null || given.isBlank() ? "embedded-" + (names.size() + 1) : given;
        TikaInputStream input = TikaInputStream.get(stream);
        MediaType type = detector.detect(input, metadata).getBaseType();
        if (!"image".equals(type.getType())) {
            side.warn("the embedded object \"" + name + "\" (" + type + ") was left out; only images are imported");
            return;
        }
        byte[] bytes = input.readNBytes((int) Math.min(budget + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > budget) {
            side.warn("the image \"" + name + "\" was left out: the images together are larger than the import limit");
            budget = 0;
            return;
        }
        if (!names.add(name)) {
            return; // the same part referenced twice: one copy is enough
        }
        budget -= bytes.length;
        side.image(name, type.toString(), bytes);
    }
}
