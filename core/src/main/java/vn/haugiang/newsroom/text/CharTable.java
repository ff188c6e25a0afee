package vn.haugiang.newsroom.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;

/**
 * A legacy Vietnamese encoding as a table from byte sequences to Unicode letters, loaded from a
 * {@code .map} resource next to this class (format and sources in each file's header).
 *
 * <p>Bytes are handled as the characters they become in ISO-8859-1 (byte {@code 0xE9} is {@code é}): that
 * is how legacy text pasted from Word or a browser arrives, the ".VnTime text shown in a Unicode font"
 * look, and bytes from a file are turned into the same characters first.
 */
final class CharTable {

    private final Encoding encoding;
    private final Map<String, String> sequences;
    private final int longest;

    private CharTable(Encoding encoding, Map<String, String> sequences) {
        this.encoding = encoding;
        this.sequences = Map.copyOf(sequences);
        this.longest = sequences.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    static CharTable load(Encoding encoding, String resource) {
        Map<String, String> sequences = new HashMap<>();
        try (InputStream in = CharTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing encoding table " + resource + " next to " + CharTable.class);
            }
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                StringBuilder legacy = new StringBuilder();
                for (String hex : columns[0].split(" ")) {
                    legacy.append((char) Integer.parseInt(hex, 16));
                }
                String unicode = Character.toString(Integer.parseInt(columns[1].substring(2), 16));
                if (sequences.put(legacy.toString(), unicode) != null) {
                    throw new IllegalStateException("Duplicate entry " + columns[0] + " in " + resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read encoding table " + resource, e);
        }
        return new CharTable(encoding, sequences);
    }

    Encoding encoding() {
        return encoding;
    }

    /**
     * Decodes {@code legacy}, longest sequence first. What the table does not list: ASCII stays as it is
     * (the same in every legacy encoding); a character of the Latin-1 range, a Unicode letter or mark, or
     * U+FFFD is unmapped (the encoding gives that position another meaning, or it cannot come from a
     * legacy byte at all); other symbols, such as the Windows-1252 quotes and dashes, stay as they are.
     */
    Reading read(String legacy) {
        StringBuilder out = new StringBuilder(legacy.length());
        Set<Character> unmapped = new LinkedHashSet<>();
        int unmappedCount = 0;
        int i = 0;
        while (i < legacy.length()) {
            int matched = 0;
            for (int length = Math.min(longest, legacy.length() - i); length > 0 && matched == 0; length--) {
                String unicode = sequences.get(legacy.substring(i, i + length));
                if (unicode != null) {
                    out.append(unicode);
                    matched = length;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            char c = legacy.charAt(i++);
            out.append(c);
            if (!passesThrough(c)) {
                unmappedCount++;
                unmapped.add(c);
            }
        }
        return Reading.of(encoding, out.toString(), unmappedCount, sample(unmapped));
    }

    private static boolean passesThrough(char c) {
        if (c < 0x80 || c == '\u00A0') {
            return true;
        }
        boolean latin1 = c <= 0xFF;
        boolean letterOrMark = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        return !latin1 && !letterOrMark && c != '\uFFFD';
    }

    static String sample(Set<Character> characters) {
        StringBuilder sb = new StringBuilder();
        characters.stream().limit(5).forEach(c -> sb.append(sb.isEmpty() ? "" : ", ")
                .append(Character.isISOControl(c) || c == '\uFFFD' ? String.format("U+%04X", (int) c) : "'" + c + "'"));
        return sb.toString();
    }
}
