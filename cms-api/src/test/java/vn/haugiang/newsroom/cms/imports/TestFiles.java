package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared real input files (see shared/data/SOURCES.md), read in place, and small helpers. */
final class TestFiles {

    /** From the cms-api module directory, where Maven runs the tests. */
    static final Path DATA = Path.of("..", "..", "shared", "data");

    static final String WORD = "documents/testWORD.docx";
    static final String ODT = "documents/testODFwithOOo3.odt";
    static final String PDF = "documents/testPDF.pdf";
    static final String WORD_TRUNCATED = "malformed/testWORD_truncated.docx";
    static final String ODT_NOT_A_ZIP = "malformed/testODTnotaZipFile.odt";
    static final String PNG = "media/testPNG.png";

    private TestFiles() {
    }

    static Path data(String relative) {
        Path file = DATA.resolve(relative);
        assertThat(file).as("shared test file (run the tests from the cms-api directory)").isRegularFile();
        return file;
    }

    static InputStream open(String relative) {
        try {
            return Files.newInputStream(data(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(data(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The forked parser JVMs of this test JVM, found by the marker on their command line. */
    static List<ProcessHandle> forkedParsers() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(arguments -> List.of(arguments).stream()
                        .anyMatch(argument -> argument.startsWith("-Dvn.haugiang.newsroom.imports.worker="))).orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    /**
     * The forked parser JVMs started since {@code before}: the importers of application contexts that
     * other test classes left cached in this JVM keep their own children alive, and they are not the
     * test's business.
     */
    static List<ProcessHandle> forkedParsersSince(List<ProcessHandle> before) {
        return forkedParsers().stream().filter(child -> !before.contains(child)).toList();
    }
}
