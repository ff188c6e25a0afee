package vn.haugiang.newsroom.epg;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.text.VietnameseText;

/** Text clean-up shared by the model and the formats: NFC, whitespace runs, characters XML 1.0 forbids. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");

    private Text() {
    }

    /** NFC, every run of whitespace (Unicode spaces, line and paragraph separators, newlines) as one space, trimmed; {@code null} if nothing is left. */
    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String cleaned = WHITESPACE.matcher(VietnameseText.nfc(text)).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** {@link #clean(String)} for a value that must be there. */
    static String required(@Nullable String text, String what) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return cleaned;
    }

    /** The text without the code points XML 1.0 does not allow (controls other than tab/LF/CR, lone surrogates, U+FFFE/F). */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(Text::isXmlChar).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
