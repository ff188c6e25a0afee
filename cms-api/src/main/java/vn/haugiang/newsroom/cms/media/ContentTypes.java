package vn.haugiang.newsroom.cms.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides an upload's type from its bytes. The file name is only a hint that may refine what the
 * bytes say (an ISO-BMFF file is {@code video/quicktime} by its bytes, {@code video/mp4} with the
 * name {@code clip.mp4}); it can never replace it, so a text file named {@code clip.mp4} stays
 * {@code text/plain}. The client's Content-Type is not consulted at all, only reported.
 */
@Component
class ContentTypes {

    /** Extensions for keys where Tika's first choice is unusual ({@code .mpga}, {@code .mp4a}). */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp4", "m4a"), Map.entry("audio/vnd.wave", "wav"),
            Map.entry("audio/x-wav", "wav"), Map.entry("audio/wav", "wav"), Map.entry("audio/ogg", "ogg"),
            Map.entry("video/mp4", "mp4"), Map.entry("video/quicktime", "mov"), Map.entry("video/x-m4v", "m4v"),
            Map.entry("video/webm", "webm"));

    private final MediaTika tika;
    private final MediaProperties properties;

    ContentTypes(MediaTika tika, MediaProperties properties) {
        this.tika = tika;
        this.properties = properties;
    }

    /**
     * The accepted type of {@code file}.
     *
     * @param claimedType what the client said, for the error message only
     * @param requested the kind the client asked for, if any
     * @throws MediaException 415 when the detected type is not accepted, or not of the requested kind
     */
    DetectedType detect(Path file, String fileName, @Nullable String claimedType, @Nullable MediaKind requested) {
        String detected = detectedType(file, fileName);
        MediaKind kind = MediaKind.ofContentType(detected);
        if (kind == null || !properties.allowed(kind).contains(detected)) {
            throw MediaException.unsupportedType("The content of '" + fileName + "' is " + detected
                    + " (detected from its bytes), but it was sent as " + (claimedType == null ? "an unknown type" : claimedType)
                    + ". Accepted: images " + properties.allowed(MediaKind.IMAGE) + ", audio "
                    + properties.allowed(MediaKind.AUDIO) + ", video " + properties.allowed(MediaKind.VIDEO) + ".",
                    detected, claimedType);
        }
        if (requested != null && requested != kind) {
            throw MediaException.unsupportedType("The content of '" + fileName + "' is " + detected + ", " + kind.code()
                    + ", but kind " + requested.code() + " was asked for.", detected, claimedType);
        }
        return new DetectedType(detected, kind, extension(detected));
    }

    /**
     * What the client claims: its Content-Type unless that says nothing (absent or
     * {@code application/octet-stream}), otherwise the type the file name suggests.
     */
    @Nullable String claimedType(String fileName, @Nullable String clientType) {
        if (clientType != null && !clientType.isBlank()) {
            String base = clientType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!base.equals(MediaType.OCTET_STREAM.toString())) {
                return base;
            }
        }
        String byName = tika.config().getMimeRepository().getMimeType(fileName).getName();
        return byName.equals(MediaType.OCTET_STREAM.toString()) ? null : byName;
    }

    private String detectedType(Path file, String fileName) {
        MediaType byBytes = detect(file, null);
        MediaType byName = detect(file, fileName);
        boolean refines = byName.equals(byBytes)
                || tika.config().getMediaTypeRegistry().isSpecializationOf(byName, byBytes);
        return (refines ? byName : byBytes).getBaseType().toString();
    }

    private MediaType detect(Path file, @Nullable String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream input = TikaInputStream.get(file)) {
            return tika.config().getDetector().detect(input, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload " + file, e);
        }
    }

    private String extension(String contentType) {
        String known = EXTENSIONS.get(contentType);
        if (known != null) {
            return known;
        }
        try {
            String extension = tika.config().getMimeRepository().forName(contentType).getExtension();
            return extension.isEmpty() ? "bin" : extension.substring(1);
        } catch (MimeTypeException e) {
            return "bin";
        }
    }
}
