package vn.haugiang.newsroom.cms.media;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Object keys: {@code <unit>/<yyyy>/<mm>/<id>-<slug>.<ext>} in the {@code media} bucket, the month
 * in the newsroom's zone (a photo uploaded at 06:30 on 1 June in Hậu Giang is filed under June, though
 * it is still 31 May in UTC). The slug is the ASCII form of the file name (without its extension), so
 * keys need no escaping anywhere; the name as given is kept in the metadata. Renditions share the
 * stem: {@code <stem>-thumbnail.jpg}. Published copies go to the {@code site} bucket under
 * {@code media/<key>}.
 */
final class MediaKeys {

    private static final int SLUG_LENGTH = 60;

    private MediaKeys() {
    }

    static String original(String unit, UUID id, String fileName, String extension, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return "%s/%04d/%02d/%s-%s.%s".formatted(unit, local.getYear(), local.getMonthValue(), id,
                VietnameseText.slug(baseName(fileName), SLUG_LENGTH), extension);
    }

    static String rendition(String originalKey, String name, String extension) {
        return stem(originalKey) + "-" + name + "." + extension;
    }

    /** The key of the public copy in the {@code site} bucket. */
    static String published(String key) {
        return "media/" + key;
    }

    /** Where a resumable upload's parts are assembled before the content is known. */
    static String staging(String unit, UUID uploadId) {
        return "uploads/" + unit + "/" + uploadId;
    }

    private static String stem(String key) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? key.substring(0, dot) : key;
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
