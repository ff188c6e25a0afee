package vn.haugiang.newsroom.cms.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * An upload copied to a temporary file through a 64 KiB buffer while its SHA-256 and size are
 * computed, so memory stays the same whatever the size. Why a file at all: the type must be
 * detected and the metadata read before anything is stored, and MP4 keeps its index (the
 * {@code moov} box) wherever it likes, often at the end, so the parsers need random access. Closing
 * deletes the file.
 *
 * @param path the temporary file
 * @param size bytes copied
 * @param sha256 lower-case hex SHA-256 of those bytes
 */
record SpooledFile(Path path, long size, String sha256) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    /**
     * Copies {@code content} (and closes it), refusing more than {@code maxBytes}.
     *
     * @throws MediaException from {@code tooLarge} past the limit, 400 for an empty stream
     */
    static SpooledFile copy(InputStream content, Path directory, long maxBytes, Supplier<MediaException> tooLarge) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "media-", ".spool");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the upload in " + directory, e);
        }
        MessageDigest digest = sha256Digest();
        try (content; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read; (read = content.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge.get();
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw MediaException.badRequest("the file is empty", "file");
            }
            return new SpooledFile(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("cannot read the upload", (IOException) e);
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit(); // a leftover temporary file must not fail the upload
        }
    }

    @Override
    public void close() {
        delete(path);
    }
}
