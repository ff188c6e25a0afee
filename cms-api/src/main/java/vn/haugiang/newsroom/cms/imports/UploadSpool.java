package vn.haugiang.newsroom.cms.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload to a temporary file, refusing it past the size limit. Why a file: the size is
 * then known before any parsing starts, Tika needs random access for ZIP-based formats anyway (it
 * would spool to a temporary file itself), and the forked parser can re-read the bytes on demand.
 * The caller deletes the file.
 */
final class UploadSpool {

    private UploadSpool() {
    }

    static Path copy(InputStream content, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("document-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the upload", e);
        }
        try (content; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = content.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new DocumentImportException(DocumentImportException.Kind.TOO_LARGE,
                            "the file is larger than the import limit of " + megabytes(maxBytes), null, null);
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new DocumentImportException(DocumentImportException.Kind.CORRUPT, "the file is empty", null, null);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("cannot read the upload", (IOException) e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit(); // best effort: a leftover temp file must not fail the import
        }
    }

    /** "50 MB" for 52,428,800 bytes; bytes when below 1 MB. */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
