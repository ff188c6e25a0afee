package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/** The shared real media files (see shared/data/SOURCES.md), read in place, and generated ones. */
final class MediaSamples {

    /** From the cms-api module directory, where Maven runs the tests. */
    static final Path DATA = Path.of("..", "..", "shared", "data");

    private MediaSamples() {
    }

    static byte[] media(String name) {
        return read(DATA.resolve("media").resolve(name));
    }

    static byte[] malformed(String name) {
        return read(DATA.resolve("malformed").resolve(name));
    }

    static byte[] document(String name) {
        return read(DATA.resolve("documents").resolve(name));
    }

    private static byte[] read(Path file) {
        assertThat(file).as("shared test file (run the tests from the cms-api directory)").isRegularFile();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image of random pixels, so each run uploads content never seen before. */
    static byte[] randomImage(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = ThreadLocalRandom.current();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 16-bit stereo 44.1 kHz PCM WAV of random samples with {@code dataBytes} of audio. */
    static byte[] randomWave(int dataBytes) {
        ByteBuffer wave = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wave.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wave.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(44_100)
                .putInt(44_100 * 4).putShort((short) 4).putShort((short) 16);
        wave.put("data".getBytes()).putInt(dataBytes);
        byte[] samples = new byte[dataBytes];
        ThreadLocalRandom.current().nextBytes(samples);
        wave.put(samples);
        return wave.array();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
