package vn.haugiang.newsroom.cms.imports;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The receiving end of {@link SideChannelHandler}, in this JVM: takes the marked elements out of
 * the SAX stream before it is serialised, so image bytes never pass through the HTML string or
 * the jsoup tree, and passes everything else on. Marked elements with another nonce are dropped.
 */
final class SideChannelReader extends ContentHandlerDecorator {

    private final String nonce;
    private final List<EmbeddedImage> images = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private @Nullable String detectedType;

    // The item being read: its depth below the marked element, whether it is ours, and its text.
    private int depth;
    private boolean ours;
    private String kind = "";
    private String name = "";
    private String type = "";
    private final StringBuilder text = new StringBuilder();

    SideChannelReader(ContentHandler handler, String nonce) {
        super(handler);
        this.nonce = nonce;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (depth > 0) {
            depth++;
            return;
        }
        String mark = atts.getValue(SideChannelHandler.MARK);
        if (mark == null) {
            super.startElement(uri, localName, qName, atts);
            return;
        }
        depth = 1;
        ours = nonce.equals(mark);
        kind = String.valueOf(atts.getValue(SideChannelHandler.KIND));
        name = String.valueOf(atts.getValue(SideChannelHandler.NAME));
        type = String.valueOf(atts.getValue(SideChannelHandler.TYPE));
        text.setLength(0);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (depth == 0) {
            super.endElement(uri, localName, qName);
        } else if (--depth == 0 && ours) {
            switch (kind) {
                case SideChannelHandler.KIND_DETECTED_TYPE -> detectedType = text.toString();
                case SideChannelHandler.KIND_WARNING -> warnings.add(text.toString());
                case SideChannelHandler.KIND_IMAGE -> images.add(new EmbeddedImage(name, type,
                        Base64.getDecoder().decode(text.toString())));
                default -> { }
            }
            text.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            super.characters(ch, start, length);
        } else if (ours) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** The type the parser detected, or {@code null} if the parse never reached the end of the body. */
    @Nullable String detectedType() {
        return detectedType;
    }

    List<EmbeddedImage> images() {
        return images;
    }

    List<String> warnings() {
        return warnings;
    }
}
