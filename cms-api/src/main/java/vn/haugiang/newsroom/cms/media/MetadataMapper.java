package vn.haugiang.newsroom.cms.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Photoshop;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;
import org.jspecify.annotations.Nullable;

/**
 * Picks the fields the newsroom uses out of Tika's metadata, under stable names. The public map
 * never receives a position: GPS goes to the private map, and only when configured.
 *
 * <p>Units: {@code duration} in seconds (3 decimals), {@code sampleRate} in Hz, {@code averageBitrate}
 * in bit/s computed from the file size and duration (container and tags included), {@code frameRate}
 * in frames per second, sizes in pixels. {@code takenAt} is the camera's own clock
 * ({@code exif:DateTimeOriginal}), which has no time zone.
 */
final class MetadataMapper {

    private MetadataMapper() {
    }

    static void image(Metadata tika, Map<String, Object> out) {
        String make = tika.get(TIFF.EQUIPMENT_MAKE);
        String model = tika.get(TIFF.EQUIPMENT_MODEL);
        if (model != null) {
            out.put("camera", make != null && !model.startsWith(make) ? make + " " + model : model);
        } else {
            put(out, "camera", make);
        }
        put(out, "takenAt", tika.get(TIFF.ORIGINAL_DATE));
        put(out, "caption", first(tika, TikaCoreProperties.DESCRIPTION, "Caption/Abstract"));
        put(out, "credit", first(tika, Photoshop.CREDIT, "Credit"));
        put(out, "copyright", first(tika, TikaCoreProperties.RIGHTS, "Copyright Notice"));
        List<String> keywords = keywords(tika);
        if (!keywords.isEmpty()) {
            out.put("keywords", keywords);
        }
    }

    /** Audio and video fields; the duration is added by the caller, which also checks it. */
    static void audioVideo(Metadata tika, MediaKind kind, Map<String, Object> out) {
        put(out, "title", tika.get(TikaCoreProperties.TITLE));
        put(out, "artist", tika.get(XMPDM.ARTIST));
        put(out, "album", tika.get(XMPDM.ALBUM));
        String audioCodec = tika.get(XMPDM.AUDIO_COMPRESSOR);
        String channels = first(tika, XMPDM.AUDIO_CHANNEL_TYPE, "channels");
        // MP4 video without sound still reports the movie's time scale as a "sample rate"; only
        // trust it when there is an audio track to speak of.
        if (kind == MediaKind.AUDIO || audioCodec != null || channels != null) {
            put(out, "audioCodec", audioCodec);
            put(out, "channels", channels);
            Double rate = number(tika.get(XMPDM.AUDIO_SAMPLE_RATE));
            if (rate == null) {
                rate = number(tika.get("samplerate"));
            }
            if (rate != null) {
                out.put("sampleRate", rate.intValue());
            }
        }
        if (kind == MediaKind.VIDEO) {
            put(out, "videoCodec", tika.get(XMPDM.VIDEO_COMPRESSOR));
            Double width = number(tika.get(TIFF.IMAGE_WIDTH));
            Double height = number(tika.get(TIFF.IMAGE_LENGTH));
            if (width != null && height != null) {
                out.put("frameWidth", width.intValue());
                out.put("frameHeight", height.intValue());
            }
            Double frameRate = number(tika.get(XMPDM.VIDEO_FRAME_RATE));
            if (frameRate != null) {
                out.put("frameRate", frameRate);
            }
        }
    }

    /** Tika's {@code xmpDM:duration}, in seconds, if positive. */
    static @Nullable Double duration(Metadata tika) {
        Double seconds = number(tika.get(XMPDM.DURATION));
        return seconds != null && seconds > 0 ? seconds : null;
    }

    static void putDuration(Map<String, Object> out, double seconds, long sizeBytes) {
        out.put("duration", BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).doubleValue());
        out.put("averageBitrate", Math.round(sizeBytes * 8 / seconds));
    }

    /** The position, as {@code {"latitude": .., "longitude": ..}}, if the file has one. */
    static @Nullable Map<String, Object> gps(Metadata tika) {
        Double latitude = number(tika.get(TikaCoreProperties.LATITUDE));
        Double longitude = number(tika.get(TikaCoreProperties.LONGITUDE));
        if (latitude == null || longitude == null) {
            return null;
        }
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("latitude", latitude);
        position.put("longitude", longitude);
        return position;
    }

    static int orientation(Metadata tika) {
        Double value = number(tika.get(TIFF.ORIENTATION));
        return value == null ? 1 : value.intValue();
    }

    private static List<String> keywords(Metadata tika) {
        // IPTC keywords arrive once per source (IPTC, XMP, Photoshop); keep each once, in order.
        var unique = new LinkedHashSet<String>(Arrays.asList(tika.getValues(TikaCoreProperties.SUBJECT)));
        if (unique.isEmpty() && tika.get("Keywords") != null) {
            unique.addAll(Arrays.asList(tika.get("Keywords").split(";")));
        }
        return unique.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    private static @Nullable String first(Metadata tika, Property property, String rawName) {
        String value = tika.get(property);
        return value != null ? value : tika.get(rawName);
    }

    private static void put(Map<String, Object> out, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.put(name, value.strip());
        }
    }

    static @Nullable Double number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
