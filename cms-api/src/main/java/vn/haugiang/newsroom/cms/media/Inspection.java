package vn.haugiang.newsroom.cms.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What was learnt from a file's content before it is stored. Closing deletes the renditions'
 * working directory.
 *
 * @param metadata public metadata (never a position)
 * @param privateMetadata metadata only the owning unit sees
 * @param renditions renditions made on disk, for images
 * @param workDirectory the temporary directory holding them
 */
record Inspection(Map<String, Object> metadata, Map<String, Object> privateMetadata, List<RenditionFile> renditions,
        Path workDirectory) implements AutoCloseable {

    /** Whether the original file carries a position that a public copy of it would reveal. */
    boolean originalHasLocation() {
        return Boolean.TRUE.equals(privateMetadata.get("locationInOriginal"));
    }

    @Override
    public void close() {
        deleteTree(workDirectory);
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(SpooledFile::delete);
        } catch (IOException e) {
            directory.toFile().deleteOnExit(); // temporary files: never worth failing a request over
        }
    }
}
