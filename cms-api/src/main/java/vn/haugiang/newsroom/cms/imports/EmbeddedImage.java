package vn.haugiang.newsroom.cms.imports;

import java.util.Arrays;

/**
 * An image found inside an imported document, held in memory only: the media library stores it
 * later. The body HTML refers to it as {@code <img src="embedded:NAME">} where the source format
 * places it inline (DOCX, ODT).
 *
 * @param name the name Tika gives the embedded resource (e.g. {@code image1.png}), unique within
 *     one import
 * @param mediaType the detected media type, e.g. {@code image/png}
 * @param bytes the image file as stored in the document; a defensive copy is kept and returned
 */
public record EmbeddedImage(String name, String mediaType, byte[] bytes) {

    /** Keeps a copy of {@code bytes}. */
    public EmbeddedImage {
        bytes = bytes.clone();
    }

    /** A copy of the image bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The image size in bytes. */
    public int size() {
        return bytes.length;
    }

    // Records compare arrays by identity; two images with the same content are equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedImage image && name.equals(image.name)
                && mediaType.equals(image.mediaType) && Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + mediaType.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedImage[name=" + name + ", mediaType=" + mediaType + ", size=" + bytes.length + "]";
    }
}
