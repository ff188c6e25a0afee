package vn.haugiang.newsroom.epg;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar (RFC 5545) content lines: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1), CRLF line ends.
 */
final class ContentLines {

    /** Octets of a content line, CRLF excluded (§3.1). */
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** Appends {@code NAME[;PARAMS]:value}, the value already escaped as its type requires, folded. */
    ContentLines line(String nameAndParams, String value) {
        fold(nameAndParams + ":" + value);
        return this;
    }

    /**
     * A TEXT value (§3.3.11): backslash, semicolon and comma escaped with a backslash, line breaks as
     * {@code \n}.
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * Splits a line into lines of at most 75 octets (UTF-8), each continuation starting with one space, never
     * inside a character (§3.1: multi-octet characters are kept whole).
     */
    private void fold(String line) {
        int used = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int octets = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + octets > limit) {
                out.append("\r\n ");
                used = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            used += octets;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
