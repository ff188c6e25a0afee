package vn.haugiang.newsroom.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;
import vn.haugiang.newsroom.text.LegacyConversion.Outcome;

/**
 * Detects Vietnamese text in a legacy encoding and converts it to Unicode (NFC), but only when the whole
 * text converts cleanly; anything doubtful is kept as it was and flagged {@link Outcome#NEEDS_REVIEW}.
 *
 * <p><b>Detection rule.</b> The input is read in each candidate encoding. A word is <em>marked</em> when it
 * has a non-ASCII letter and a vowel (vowel-less abbreviations such as {@code HĐND} prove nothing). A
 * reading is <em>clean</em> when every character or byte has a meaning in the encoding, at least 20% of
 * all words are marked and well-formed Vietnamese syllables (initial, vowel nucleus, final, one tone, a
 * stop final only with sắc or nặng), and at most 10% of the marked words are not (foreign names). A
 * reading is <em>partly Vietnamese</em> when at least two marked words are syllables and they are at least
 * as many as the misfits (unmapped characters plus marked non-syllables). Then:
 * <ul>
 *   <li>Pasted ASCII is VIQR only if it uses a mark English text does not ({@code ( ^ + ` ~ dd} after a
 *       vowel): clean → converted, partly Vietnamese → review, else unchanged. {@code "I'm at 5.5"} and
 *       {@code "Hello (world)."} stay as they are.</li>
 *   <li>Other pasted text stays as it is when each word holding a Latin-1 character already is a Unicode
 *       Vietnamese syllable ({@code "Tôi có"}): Unicode wins every tie. Otherwise the clean reading among
 *       TCVN3 and VNI is taken. If neither is clean, but at least two, and at least half, of the words that
 *       Unicode cannot explain are syllables in one of them, the text is legacy in part (TCVN3 followed by
 *       garbage, TCVN3 pasted into Unicode text): review. Else unchanged.</li>
 *   <li>Bytes that are valid UTF-8 (BOM or not) are decoded and handled as pasted text, since a VIQR file
 *       is ASCII and so valid UTF-8. Other bytes are read as TCVN3, VNI, Windows-1258 and VISCII: the clean
 *       reading is taken; otherwise review, naming the partly Vietnamese reading if there is one.</li>
 *   <li>Two clean readings with equal evidence but different texts: review.</li>
 * </ul>
 *
 * <p><b>Sources.</b> VISCII and VIQR: RFC 1456 (1993). TCVN3: TCVN 5712:1993 table VN3, positions as in
 * glibc's TCVN5712-1 charmap. VNI: the VNI-Windows font layout as listed by duydev/vietnamese-conversion.
 * Windows-1258: the JDK charset. The tables are the {@code .map} resources of this package.
 *
 * <p>Thread-safe; {@code null} arguments throw {@link NullPointerException}.
 */
public final class LegacyText {

    private static final CharTable TCVN3 = CharTable.load(Encoding.TCVN3, "tcvn3.map");
    private static final CharTable VNI = CharTable.load(Encoding.VNI, "vni.map");
    private static final CharTable VISCII = CharTable.load(Encoding.VISCII, "viscii.map");
    private static final List<CharTable> PASTED = List.of(TCVN3, VNI);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private LegacyText() {
    }

    /**
     * Converts text pasted into the editor, where a legacy font's bytes show as the Windows-1252/Latin-1
     * characters of the same codes ({@code "Céng hßa"} is TCVN3 for {@code "Cộng hòa"}).
     *
     * @param pasted the text as it arrived from the editor, in any normalisation form
     * @return the text to store, with where it came from and whether it needs a human
     */
    public static LegacyConversion convert(String pasted) {
        String text = VietnameseText.nfc(Objects.requireNonNull(pasted, "pasted"));
        if (text.chars().allMatch(c -> c < 0x80)) {
            return fromAscii(text);
        }
        List<String> unexplained = wordsUnicodeCannotExplain(text);
        if (unexplained.isEmpty()) {
            return unchanged(text);
        }
        List<Reading> readings = PASTED.stream().map(table -> table.read(text)).toList();
        Optional<LegacyConversion> clean = bestClean(readings, text);
        if (clean.isPresent()) {
            return clean.get();
        }
        CharTable best = PASTED.stream().max(Comparator.comparingInt(table -> hits(table, unexplained))).orElseThrow();
        int hits = hits(best, unexplained);
        if (hits >= 2 && 2 * hits >= unexplained.size()) {
            Reading reading = best.read(text);
            return review(text, best.encoding(), hits + " of " + unexplained.size() + " words that are not Unicode"
                    + " Vietnamese read as " + best.encoding() + ", but " + reading.problems());
        }
        return unchanged(text);
    }

    /**
     * Converts an imported file: UTF-8 (with or without BOM), or one of the legacy single-byte encodings.
     *
     * @param fileBytes the whole file
     * @return the text to store; when the bytes need review, the bytes as ISO-8859-1 characters
     */
    public static LegacyConversion convert(byte[] fileBytes) {
        Objects.requireNonNull(fileBytes, "fileBytes");
        Optional<String> utf8 = strictUtf8(fileBytes);
        if (utf8.isPresent()) {
            return convert(utf8.get());
        }
        String latin1 = new String(fileBytes, StandardCharsets.ISO_8859_1);
        String windows1252 = new String(fileBytes, WINDOWS_1252);
        List<Reading> readings = List.of(TCVN3.read(windows1252), VNI.read(windows1252), windows1258(fileBytes),
                VISCII.read(latin1));
        Optional<LegacyConversion> clean = bestClean(readings, latin1);
        if (clean.isPresent()) {
            return clean.get();
        }
        Optional<Reading> suggestive = readings.stream().filter(Reading::suggestive).min(Reading::compareEvidence);
        return suggestive.map(reading -> review(latin1, reading.encoding(), "Not UTF-8; reads partly as "
                        + reading.encoding() + " (" + reading.score().valid() + " Vietnamese words), but "
                        + reading.problems()))
                .orElseGet(() -> review(latin1, Encoding.UNKNOWN,
                        "Not UTF-8, and not Vietnamese in TCVN3, VNI, Windows-1258 or VISCII either"));
    }

    private static LegacyConversion fromAscii(String text) {
        Viqr.Result viqr = Viqr.read(text);
        if (viqr.strongMarks() == 0) {
            return unchanged(text);
        }
        if (viqr.reading().clean()) {
            return converted(viqr.reading());
        }
        return viqr.reading().suggestive()
                ? review(text, Encoding.VIQR, "Reads partly as VIQR, but " + viqr.reading().problems())
                : unchanged(text);
    }

    private static Optional<LegacyConversion> bestClean(List<Reading> readings, String original) {
        List<Reading> clean = readings.stream().filter(Reading::clean).sorted(Reading::compareEvidence).toList();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        Reading best = clean.get(0);
        if (clean.size() > 1 && best.compareEvidence(clean.get(1)) == 0 && !best.text().equals(clean.get(1).text())) {
            return Optional.of(review(original, best.encoding(), "Reads as Vietnamese both in " + best.encoding()
                    + " and in " + clean.get(1).encoding() + ", with different results"));
        }
        return Optional.of(converted(best));
    }

    /** Words holding a Latin-1 letter or symbol that are not Vietnamese syllables as Unicode. */
    private static List<String> wordsUnicodeCannotExplain(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c > 0xA0 && c <= 0xFF) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = word.toString();
                if (w.chars().anyMatch(ch -> ch >= 0x80 && ch <= 0xFF) && !Syllables.isSyllable(w)) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static int hits(CharTable table, List<String> words) {
        return (int) words.stream().map(table::read)
                .filter(r -> r.unmapped() == 0 && r.score().valid() > 0 && r.score().invalid().isEmpty())
                .count();
    }

    private static Reading windows1258(byte[] bytes) {
        // The JDK decodes the 9 undefined bytes to U+FFFD; count them as unmapped, naming the bytes.
        String decoded = new String(bytes, WINDOWS_1258);
        Set<Character> undefined = new LinkedHashSet<>();
        int count = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\uFFFD') {
                count++;
                undefined.add((char) (bytes[i] & 0xFF));
            }
        }
        return Reading.of(Encoding.CP1258, decoded, count, CharTable.sample(undefined));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static LegacyConversion unchanged(String text) {
        return new LegacyConversion(text, Encoding.UNICODE, Outcome.UNCHANGED, null);
    }

    private static LegacyConversion converted(Reading reading) {
        return new LegacyConversion(reading.text(), reading.encoding(), Outcome.CONVERTED, null);
    }

    private static LegacyConversion review(String original, Encoding suspected, String reason) {
        return new LegacyConversion(original, suspected, Outcome.NEEDS_REVIEW, reason + "; kept as it was.");
    }
}
