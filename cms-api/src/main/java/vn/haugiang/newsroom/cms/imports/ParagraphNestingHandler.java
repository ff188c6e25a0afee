package vn.haugiang.newsroom.cms.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a {@code <p>} that Tika opens inside another paragraph or a heading into a {@code <span>}.
 * Tika's ODT parser does that for footnotes and comments; serialised as HTML, such a nested
 * paragraph would be closed early by any HTML parser and split the sentence around it.
 */
final class ParagraphNestingHandler extends ContentHandlerDecorator {

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

    /** The names written for the open elements, innermost first. */
    private final Deque<String> open = new ArrayDeque<>();

    ParagraphNestingHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        boolean nested = "p".equals(localName) && open.stream().anyMatch(TEXT_BLOCKS::contains);
        String name = nested ? "span" : localName;
        open.push(name);
        super.startElement(uri, name, nested ? name : qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = open.isEmpty() ? localName : open.pop();
        super.endElement(uri, name, name.equals(localName) ? qName : name);
    }
}
