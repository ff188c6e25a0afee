package vn.haugiang.newsroom.cms.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The shared XMLTV data, read in place from the cms-api module directory (Surefire's working directory), and
 * validation against {@code xmltv.dtd} with the JDK's validating parser, the DOCTYPE mapped to the local DTD.
 */
final class XmltvDtd {

    static final Path XMLTV = Path.of("..", "..", "shared", "data", "xmltv");
    static final Path THTPCT = XMLTV.resolve(Path.of("vn", "thtpct-schedules"));

    private XmltvDtd() {
    }

    /** Parses and validates; any DTD error or warning fails. */
    static Document validate(byte[] xml) throws Exception {
        Path dtd = XMLTV.resolve("xmltv.dtd");
        assertThat(dtd).as("the DTD at %s", dtd.toAbsolutePath().normalize()).isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        AtomicBoolean dtdUsed = new AtomicBoolean();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("xmltv.dtd")) {
                dtdUsed.set(true);
                InputSource source = new InputSource(Files.newInputStream(dtd));
                source.setSystemId(dtd.toUri().toString());
                return source;
            }
            throw new SAXException("unexpected external entity " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXException {
                throw new SAXException("DTD warning at line " + e.getLineNumber() + ": " + e.getMessage(), e);
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw new SAXException("DTD error at line " + e.getLineNumber() + ": " + e.getMessage(), e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        Document document = builder.parse(new ByteArrayInputStream(xml));
        assertThat(dtdUsed).as("validated against xmltv.dtd").isTrue();
        return document;
    }
}
