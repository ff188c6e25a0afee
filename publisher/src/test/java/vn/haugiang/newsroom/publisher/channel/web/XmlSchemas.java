package vn.haugiang.newsroom.publisher.channel.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates output against the XSDs in {@code ../shared/data/schemas/}, offline: remote
 * {@code schemaLocation}s are repointed to the local copies by namespace, and any other external
 * access is refused rather than fetched.
 */
public final class XmlSchemas {

    static final Path SCHEMAS = WebFixtures.SHARED.resolve("schemas");

    public static final Path RSS = SCHEMAS.resolve("feeds/rss-2_0.xsd");

    public static final Path SITEMAP = SCHEMAS.resolve("sitemaps/sitemap.xsd");

    public static final Path NEWS = SCHEMAS.resolve("sitemaps/sitemap-news.xsd");

    public static final Path SITEINDEX = SCHEMAS.resolve("sitemaps/siteindex.xsd");

    private static final Map<String, Path> LOCAL = Map.of(
            SitemapWriter.SITEMAP_NS, SITEMAP,
            SitemapWriter.NEWS_NS, NEWS);

    private XmlSchemas() {
    }

    /** Throws {@link SAXException} with the validator's message when {@code xml} is invalid. */
    public static void validate(byte[] xml, Path... xsds) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                namespace != null && LOCAL.containsKey(namespace) ? input(LOCAL.get(namespace), systemId) : null);
        Source[] sources = new Source[xsds.length];
        for (int i = 0; i < xsds.length; i++) {
            sources[i] = new StreamSource(xsds[i].toFile());
        }
        Schema schema = factory.newSchema(sources);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static LSInput input(Path local, String systemId) {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation();
            LSInput input = ls.createLSInput();
            InputStream stream = Files.newInputStream(local);
            input.setByteStream(stream);
            input.setSystemId(local.toUri().toString());
            input.setPublicId(systemId);
            return input;
        } catch (ParserConfigurationException ex) {
            throw new IllegalStateException(ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
