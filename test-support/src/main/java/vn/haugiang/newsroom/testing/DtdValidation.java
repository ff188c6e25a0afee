package vn.haugiang.newsroom.testing;

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
 * Validates a document against a local DTD with the JDK's validating parser: the DOCTYPE's SYSTEM
 * id (ending in the DTD's file name) is mapped to {@code dtd}, any other external entity is
 * refused, and every error or warning fails. Used for XMLTV output against {@code xmltv.dtd}.
 */
public final class DtdValidation {

    private DtdValidation() {
    }

    /** Parses {@code xml}, validating it against {@code dtd}; fails if the document does not name it. */
    public static Document validate(byte[] xml, Path dtd) throws Exception {
        assertThat(dtd).as("the DTD at %s", dtd.toAbsolutePath().normalize()).isRegularFile();
        String name = dtd.getFileName().toString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        AtomicBoolean dtdUsed = new AtomicBoolean();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith(name)) {
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
        assertThat(dtdUsed).as("the document was validated against %s", name).isTrue();
        return document;
    }
}
