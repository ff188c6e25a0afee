package vn.haugiang.newsroom.cms.media;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a media file is, by its detected content type's top-level type ({@code image/*}, ...). */
public enum MediaKind {
    IMAGE, AUDIO, VIDEO;

    /** Lower-case name, as in the API and the database ({@code image}, {@code audio}, {@code video}). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by an API value ({@code image}, case-insensitive).
     *
     * @throws MediaException 400 for any other value
     */
    public static MediaKind ofCode(String code) {
        for (MediaKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code.trim())) {
                return kind;
            }
        }
        throw MediaException.badRequest("kind must be image, audio or video, not '" + code + "'", "kind");
    }

    /** The kind of a content type such as {@code video/mp4}; {@code null} for any other top-level type. */
    public static @Nullable MediaKind ofContentType(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        String top = contentType.toLowerCase(Locale.ROOT).split("/", 2)[0].trim();
        for (MediaKind kind : values()) {
            if (kind.code().equals(top)) {
                return kind;
            }
        }
        return null;
    }
}
