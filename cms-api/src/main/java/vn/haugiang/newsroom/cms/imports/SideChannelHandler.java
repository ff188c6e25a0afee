package vn.haugiang.newsroom.cms.imports;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Wraps the XHTML output of a parse (inside the forked JVM when isolated) to carry what is not body
 * text back to the importer: the detected type, warnings and embedded image bytes.
 *
 * <p>Why through the XHTML: with {@code ForkParser} the content handler is the only channel from the
 * child to this JVM (the child's {@code Metadata} only comes back as {@code <meta>} elements, and
 * nothing else is returned). So each item becomes a {@code <div data-import-side="NONCE">} appended
 * at the end of the body; {@link SideChannelReader} takes them out again. The nonce, random per importer,
 * keeps an uploaded HTML file from forging such elements.
 *
 * <p>It also counts the characters written and stops the parse past a limit, so a small file that
 * expands to gigabytes of text cannot exhaust memory.
 */
final class SideChannelHandler extends ContentHandlerDecorator {

    static final String MARK = "data-import-side";
    static final String KIND = "data-kind";
    static final String NAME = "data-name";
    static final String TYPE = "data-type";
    static final String KIND_DETECTED_TYPE = "detected-type";
    static final String KIND_WARNING = "warning";
    static final String KIND_IMAGE = "image";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int CHUNK = 32 * 1024;

    private record Item(String kind, String name, String type, String text) {
    }

    private final String nonce;
    private final long characterLimit;
    private final List<Item> pending = new ArrayList<>();
    private long characters;
    private boolean flushed;

    SideChannelHandler(ContentHandler handler, String nonce, long characterLimit) {
        super(handler);
        this.nonce = nonce;
        this.characterLimit = characterLimit;
    }

    void detectedType(String mediaType) {
        pending.add(new Item(KIND_DETECTED_TYPE, "", "", mediaType));
    }

    void warn(String warning) {
        pending.add(new Item(KIND_WARNING, "", "", warning));
    }

    void image(String name, String mediaType, byte[] bytes) {
        pending.add(new Item(KIND_IMAGE, name, mediaType, Base64.getEncoder().encodeToString(bytes)));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("body".equals(localName) && (uri.isEmpty() || XHTML.equals(uri))) {
            flush();
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void endDocument() throws SAXException {
        flush(); // no-op unless a parser never closed the body
        super.endDocument();
    }

    private void count(int length) throws SAXException {
        characters += length;
        if (characters > characterLimit) {
            throw new WriteLimitReachedException((int) Math.min(characterLimit, Integer.MAX_VALUE));
        }
    }

    private void flush() throws SAXException {
        if (flushed) {
            return;
        }
        flushed = true;
        for (Item item : pending) {
            AttributesImpl attributes = new AttributesImpl();
            attributes.addAttribute("", MARK, MARK, "CDATA", nonce);
            attributes.addAttribute("", KIND, KIND, "CDATA", item.kind());
            attributes.addAttribute("", NAME, NAME, "CDATA", item.name());
            attributes.addAttribute("", TYPE, TYPE, "CDATA", item.type());
            super.startElement(XHTML, "div", "div", attributes);
            char[] text = item.text().toCharArray();
            for (int offset = 0; offset < text.length; offset += CHUNK) {
                super.characters(text, offset, Math.min(CHUNK, text.length - offset));
            }
            super.endElement(XHTML, "div", "div");
        }
        pending.clear();
    }
}
