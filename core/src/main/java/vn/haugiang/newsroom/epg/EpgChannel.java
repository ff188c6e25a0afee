package vn.haugiang.newsroom.epg;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A TV or radio channel as the guide shows it (XMLTV {@code <channel>}).
 *
 * @param id          the channel id programmes refer to, e.g. {@code "HGTV.vn"}; the XMLTV DTD suggests a
 *                    DNS-like name (RFC 2838); never blank, kept as given (ids are compared exactly)
 * @param displayName the name shown to viewers, e.g. {@code "Truyền hình Hậu Giang"}; NFC, whitespace runs
 *                    collapsed, never blank
 * @param lang        the language of {@code displayName} (RFC 1766 tag such as {@code "vi"}), or {@code null}
 *                    when unknown
 */
public record EpgChannel(String id, String displayName, @Nullable String lang) {

    /**
     * Cleans the name (NFC, whitespace) and checks the values.
     *
     * @throws IllegalArgumentException if {@code id} or {@code displayName} is blank
     */
    public EpgChannel {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("channel id must not be blank");
        }
        displayName = Text.required(displayName, "displayName");
        lang = Text.clean(lang);
    }
}
