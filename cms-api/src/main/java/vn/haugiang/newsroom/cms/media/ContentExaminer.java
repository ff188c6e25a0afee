package vn.haugiang.newsroom.cms.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one file's metadata with Tika and, for images, its pixel size and renditions. Runs on a
 * {@link MediaInspector} thread; everything it throws is about the file.
 */
@Component
class ContentExaminer {

    /** Types whose parsers always find a duration in an intact file: none found means truncated. */
    private static final Set<String> DURATION_EXPECTED = Set.of("audio/mpeg", "audio/mp4", "video/mp4",
            "video/quicktime", "video/x-m4v", "audio/vnd.wave", "audio/x-wav", "audio/wav");
    private static final Set<String> WAVE = Set.of("audio/vnd.wave", "audio/x-wav", "audio/wav");

    /** Embedded files (album art, thumbnails) are not parsed: less attack surface, nothing we use. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    };

    private final MediaTika tika;
    private final MediaProperties properties;
    private final String posterNote;

    ContentExaminer(MediaTika tika, MediaProperties properties) {
        this.tika = tika;
        this.properties = properties;
        this.posterNote = MediaInspector.ffmpegInstalled() ? "unavailable: poster frames are not extracted yet"
                : "unavailable: ffmpeg is not installed";
    }

    Inspection examine(SpooledFile file, DetectedType type, String fileName, Path work) throws Exception {
        Metadata tikaMetadata = parse(file.path(), fileName, type);
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> privateMetadata = new LinkedHashMap<>();
        List<RenditionFile> renditions = List.of();
        if (type.kind() == MediaKind.IMAGE) {
            renditions = image(file.path(), type, tikaMetadata, metadata, work);
        } else {
            MetadataMapper.audioVideo(tikaMetadata, type.kind(), metadata);
            Double duration = MetadataMapper.duration(tikaMetadata);
            if (duration == null && WAVE.contains(type.contentType())) {
                duration = waveDuration(file.path());
            }
            if (duration != null) {
                MetadataMapper.putDuration(metadata, duration, file.size());
            } else if (DURATION_EXPECTED.contains(type.contentType())) {
                throw MediaException.unreadable("The " + type.contentType() + " file has no playable duration: it is"
                        + " truncated or damaged (for MP4, the index box 'moov' is missing or cut off).", type.contentType());
            }
            if (type.kind() == MediaKind.VIDEO) {
                metadata.put("poster", posterNote);
            }
        }
        Map<String, Object> gps = MetadataMapper.gps(tikaMetadata);
        if (gps != null) {
            metadata.put("locationRemoved", true);
            // Renditions are re-encoded without it; an audio or video original cannot be cleaned
            // here, which publishing checks.
            privateMetadata.put("locationInOriginal", true);
            if (properties.keepGps()) {
                privateMetadata.put("gps", gps);
            }
        }
        return new Inspection(metadata, privateMetadata, renditions, work);
    }

    private List<RenditionFile> image(Path file, DetectedType type, Metadata tikaMetadata, Map<String, Object> metadata,
            Path work) throws Exception {
        ImageRenderer.FrameSize size = ImageRenderer.frameSize(file);
        if ((long) size.width() * size.height() > properties.maxPixels()) {
            throw MediaException.unreadable("The image is " + size.width() + " × " + size.height() + " pixels, more than"
                    + " the limit of " + properties.maxPixels() + " pixels.", type.contentType());
        }
        metadata.put("width", size.width());
        metadata.put("height", size.height());
        int orientation = MetadataMapper.orientation(tikaMetadata);
        if (orientation != 1) {
            metadata.put("orientation", orientation);
        }
        MetadataMapper.image(tikaMetadata, metadata);
        return ImageRenderer.render(file, size, orientation, List.of(
                new ImageRenderer.Target("thumbnail", properties.thumbnailWidth()),
                new ImageRenderer.Target("web", properties.webWidth())), work);
    }

    private Metadata parse(Path file, String fileName, DetectedType type) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, type.contentType());
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        try (TikaInputStream input = TikaInputStream.get(file)) {
            tika.parser().parse(input, new DefaultHandler(), metadata, context);
        }
        return metadata;
    }

    /** Tika's WAV parser reports the format but not the length; the JDK's reader knows both. */
    private static @Nullable Double waveDuration(Path file) throws Exception {
        AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
        float frameRate = format.getFormat().getFrameRate();
        long frames = format.getFrameLength();
        return frames > 0 && frameRate > 0 ? frames / (double) frameRate : null;
    }
}
