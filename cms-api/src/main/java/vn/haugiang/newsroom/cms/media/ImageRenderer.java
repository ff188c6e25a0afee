package vn.haugiang.newsroom.cms.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Pixel size and renditions of images, with the JDK's ImageIO and Thumbnailator.
 *
 * <p>The size is the frame's ({@code ImageReader.getWidth(0)}, read from the JPEG SOF or PNG IHDR
 * without decoding), not what EXIF claims. Decoding is subsampled so the decoded image is only
 * somewhat wider than the web rendition, whatever the source size: memory stays bounded. Renditions
 * are re-encoded from pixels, so no EXIF, GPS or other metadata of the source survives.
 */
final class ImageRenderer {

    /** Pixel size of an image's first frame. */
    record FrameSize(int width, int height) {
    }

    private ImageRenderer() {
    }

    static FrameSize frameSize(Path file) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(input);
            try {
                return new FrameSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Renders {@code widths} (name → target width) of {@code file} into {@code directory}, turned
     * upright by the EXIF {@code orientation} (1, 3, 6, 8; mirrored ones are only turned). A
     * rendition is never wider than the source.
     */
    static List<RenditionFile> render(Path file, FrameSize size, int orientation, List<Target> targets, Path directory)
            throws IOException {
        boolean quarterTurn = orientation >= 5 && orientation <= 8;
        int uprightWidth = quarterTurn ? size.height() : size.width();
        int widest = targets.stream().mapToInt(Target::width).max().orElse(uprightWidth);
        BufferedImage decoded = decode(file, Math.max(1, uprightWidth / widest));
        BufferedImage upright = rotate(decoded, orientation);
        boolean alpha = upright.getColorModel().hasAlpha();
        List<RenditionFile> renditions = new ArrayList<>();
        for (Target target : targets) {
            int width = Math.min(target.width(), upright.getWidth());
            BufferedImage scaled = Thumbnails.of(upright).width(width)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB).asBufferedImage();
            Path out = directory.resolve(target.name() + (alpha ? ".png" : ".jpg"));
            write(scaled, alpha, out);
            renditions.add(new RenditionFile(target.name(), out, alpha ? "image/png" : "image/jpeg", alpha ? "png" : "jpg",
                    scaled.getWidth(), scaled.getHeight(), Files.size(out)));
        }
        return renditions;
    }

    /** A rendition to make: its name and the width it should have. */
    record Target(String name, int width) {
    }

    private static BufferedImage decode(Path file, int subsampling) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(input);
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage rotate(BufferedImage image, int orientation) throws IOException {
        int degrees = switch (orientation) {
            case 3, 4 -> 180;
            case 5, 6 -> 90;
            case 7, 8 -> 270;
            default -> 0;
        };
        return degrees == 0 ? image : Thumbnails.of(image).scale(1.0).rotate(degrees).asBufferedImage();
    }

    private static void write(BufferedImage image, boolean png, Path out) throws IOException {
        if (png) {
            ImageIO.write(image, "png", out.toFile());
            return;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (OutputStream file = Files.newOutputStream(out); ImageOutputStream output = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static ImageReader reader(ImageInputStream input) throws IOException {
        if (input == null) {
            throw new IOException("the image cannot be opened");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new IOException("no decoder for this image format");
        }
        ImageReader reader = readers.next();
        reader.setInput(input, true, true);
        return reader;
    }
}
