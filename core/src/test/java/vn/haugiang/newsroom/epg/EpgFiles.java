package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import vn.haugiang.newsroom.testing.DtdValidation;

/**
 * The shared XMLTV files in {@code /work/shared/data/xmltv} (see {@code /work/shared/data/SOURCES.md}), read in
 * place relative to the {@code core} module directory (Surefire's working directory), and the DTD checks.
 */
final class EpgFiles {

    static final Path XMLTV = Path.of("..", "..", "shared", "data", "xmltv");
    static final Path THTPCT = XMLTV.resolve(Path.of("vn", "thtpct-schedules"));

    private EpgFiles() {
    }

    /** A shared file that must exist; the test fails with its absolute path if it does not. */
    static Path file(Path path) {
        if (!Files.isRegularFile(path)) {
            fail("Missing shared file %s (working directory %s)", path.toAbsolutePath().normalize(),
                    Path.of("").toAbsolutePath());
        }
        return path;
    }

    static Path xmltv(String name) {
        return file(XMLTV.resolve(name));
    }

    static Path dtd() {
        return xmltv("xmltv.dtd");
    }

    /** Every {@code *.xml} directly in the XMLTV directory, by name. */
    static List<Path> guides() {
        if (!Files.isDirectory(XMLTV)) {
            fail("Missing shared directory %s", XMLTV.toAbsolutePath().normalize());
        }
        List<Path> guides = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(XMLTV, "*.xml")) {
            dir.forEach(guides::add);
        } catch (IOException e) {
            throw new AssertionError("Cannot list " + XMLTV.toAbsolutePath().normalize(), e);
        }
        guides.sort(null);
        assertThat(guides).as("XMLTV guides in %s", XMLTV.toAbsolutePath().normalize()).isNotEmpty();
        return guides;
    }

    static XmltvImport read(XmltvReader reader, Path path) {
        try (InputStream in = Files.newInputStream(file(path))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + path.toAbsolutePath().normalize(), e);
        }
    }

    /** {@code <programme>} elements counted with DOM, independently of the reader under test. */
    static int domProgrammeCount(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document document = factory.newDocumentBuilder().parse(file(path).toFile());
        return document.getElementsByTagName("programme").getLength();
    }

    /** Validates against the local {@code xmltv.dtd} (see {@link DtdValidation}); any error or warning fails. */
    static Document validate(byte[] xml) throws Exception {
        return DtdValidation.validate(xml, dtd());
    }
}
