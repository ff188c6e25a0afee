package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ToHTMLContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** What the parser reports besides the text travels at the end of the body and is taken out again. */
class SideChannelTests {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static void element(ContentHandler handler, String name, String text, AttributesImpl attributes)
            throws SAXException {
        handler.startElement(XHTML, name, name, attributes);
        handler.characters(text.toCharArray(), 0, text.length());
        handler.endElement(XHTML, name, name);
    }

    @Test
    void carriesDetectedTypeWarningsAndImagesOutOfTheBody() throws SAXException {
        ToHTMLContentHandler html = new ToHTMLContentHandler();
        SideChannelReader reader = new SideChannelReader(html, "n1");
        SideChannelHandler writer = new SideChannelHandler(reader, "n1", 1000);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};

        writer.startDocument();
        writer.startPrefixMapping("", XHTML);
        writer.startElement(XHTML, "body", "body", new AttributesImpl());
        element(writer, "p", "Nội dung", new AttributesImpl());
        writer.detectedType("application/pdf");
        writer.warn("một cảnh báo");
        writer.image("image1.png", "image/png", png);
        writer.endElement(XHTML, "body", "body");
        writer.endDocument();

        assertThat(html.toString()).contains("<p>Nội dung</p>").doesNotContain("data-import-side", "cảnh báo");
        assertThat(reader.detectedType()).isEqualTo("application/pdf");
        assertThat(reader.warnings()).containsExactly("một cảnh báo");
        assertThat(reader.images()).containsExactly(new EmbeddedImage("image1.png", "image/png", png));
    }

    @Test
    void dropsMarkedElementsWithAnotherNonce() throws SAXException {
        ToHTMLContentHandler html = new ToHTMLContentHandler();
        SideChannelReader reader = new SideChannelReader(html, "n1");
        AttributesImpl forged = new AttributesImpl();
        forged.addAttribute("", SideChannelHandler.MARK, SideChannelHandler.MARK, "CDATA", "guess");
        forged.addAttribute("", SideChannelHandler.KIND, SideChannelHandler.KIND, "CDATA", "detected-type");

        reader.startDocument();
        reader.startPrefixMapping("", XHTML);
        element(reader, "p", "Bài", new AttributesImpl());
        element(reader, "div", "application/pdf", forged);
        reader.endDocument();

        assertThat(reader.detectedType()).isNull();
        assertThat(html.toString()).contains("Bài</p>").doesNotContain("application/pdf", "div");
    }

    @Test
    void stopsTheParsePastTheCharacterLimit() throws SAXException {
        SideChannelHandler writer = new SideChannelHandler(new ToHTMLContentHandler(), "n1", 10);
        writer.characters("0123456789".toCharArray(), 0, 10);

        assertThatThrownBy(() -> writer.characters("x".toCharArray(), 0, 1))
                .isInstanceOf(WriteLimitReachedException.class);
    }
}
