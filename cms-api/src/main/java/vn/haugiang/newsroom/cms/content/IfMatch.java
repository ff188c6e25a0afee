package vn.haugiang.newsroom.cms.content;

import org.jspecify.annotations.Nullable;

/** Reads the item version a client edited from its If-Match header (RFC 9110 §13.1.1). */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @return the version in {@code "42"} or {@code W/"42"}
     * @throws ContentException 428 when absent, 412 when it names no version of ours
     */
    public static long version(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw ContentException.versionRequired();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ContentException.invalid("If-Match must be the item's ETag, e.g. \"3\".", "If-Match");
        }
    }
}
