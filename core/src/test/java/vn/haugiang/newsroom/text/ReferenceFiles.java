package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference files in {@code /work/shared/data/encodings} (see {@code /work/shared/data/SOURCES.md}),
 * read in place relative to the {@code core} module directory, which is the working directory of Surefire.
 */
final class ReferenceFiles {

    static final Path ENCODINGS = Path.of("..", "..", "shared", "data", "encodings");

    private ReferenceFiles() {
    }

    static byte[] bytes(String name) {
        Path path = ENCODINGS.resolve(name);
        if (!Files.isRegularFile(path)) {
            fail("Missing reference file %s (looked for %s from %s)", name, path.toAbsolutePath().normalize(),
                    Path.of("").toAbsolutePath());
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new AssertionError("Cannot read reference file " + path.toAbsolutePath().normalize(), e);
        }
    }

    static String utf8(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
