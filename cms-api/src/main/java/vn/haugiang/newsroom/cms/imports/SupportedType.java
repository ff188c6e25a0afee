package vn.haugiang.newsroom.cms.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/** The formats an editor may import, by the media type Tika detects and by file extension. */
enum SupportedType {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(), List.of("docx"), true),
    ODT("application/vnd.oasis.opendocument.text", List.of(), List.of("odt"), true),
    PDF("application/pdf", List.of(), List.of("pdf"), true),
    HTML("text/html", List.of("application/xhtml+xml"), List.of("html", "htm", "xhtml"), false),
    TXT("text/plain", List.of(), List.of("txt", "text"), false);

    /** How Tika names an OOXML file that is encrypted (an OLE2 container wrapping the package). */
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private final MediaType mediaType;
    private final List<MediaType> aliases;
    private final List<String> extensions;
    private final boolean binary;

    SupportedType(String mediaType, List<String> aliases, List<String> extensions, boolean binary) {
        this.mediaType = MediaType.parse(mediaType);
        this.aliases = aliases.stream().map(MediaType::parse).toList();
        this.extensions = extensions;
        this.binary = binary;
    }

    /** The canonical media type, e.g. {@code application/pdf}. */
    MediaType mediaType() {
        return mediaType;
    }

    /**
     * Whether the format is a binary container: bytes that are plain text cannot be this format, so a
     * ".odt" whose bytes are text is a broken ODT, not a text file.
     */
    boolean binary() {
        return binary;
    }

    /** The short name used in messages: DOCX, ODT, PDF, HTML, TXT. */
    String label() {
        return name();
    }

    static Optional<SupportedType> ofMediaType(MediaType detected) {
        MediaType base = detected.getBaseType();
        for (SupportedType type : values()) {
            if (type.mediaType.equals(base) || type.aliases.contains(base)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type the file name claims by its extension, if it is one of ours. */
    static Optional<SupportedType> ofFileName(@Nullable String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SupportedType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** "DOCX, ODT, PDF, HTML or TXT", for messages. */
    static String allLabels() {
        List<String> labels = Arrays.stream(values()).map(SupportedType::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
