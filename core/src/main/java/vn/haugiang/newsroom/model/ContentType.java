package vn.haugiang.newsroom.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an item is; stored and exchanged as its lower-case {@link #code()}. */
public enum ContentType {
    ARTICLE, PHOTO_STORY, VIDEO_CLIP, AUDIO_CLIP, PROGRAMME_SEGMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ContentType ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
