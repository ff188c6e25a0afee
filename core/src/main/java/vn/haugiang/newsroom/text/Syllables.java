package vn.haugiang.newsroom.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable, in the standard orthography: optional initial
 * consonant, a vowel nucleus with its glides, optional final consonant, at most one tone mark.
 *
 * <p>This is what tells a correct legacy decoding ({@code "Céng"} read as TCVN3 → {@code "Cộng"}) from a
 * wrong one ({@code "Delacrétaz"} read as TCVN3 → {@code "Delacrộtaz"}): wrong decodings almost never
 * land on a well-formed syllable. The rules are deliberately phonotactic rather than a dictionary, so
 * rare and new words pass; they do not check that a syllable is an actual word.
 */
final class Syllables {

    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String LETTERS = "abcdđeghiklmnopqrstuvxyăâêôơư";
    private static final String VOWELS = "aăâeêioôơuưy";

    // Longest first, so that "ngh" wins over "ng" and "ng" over "n"; "gi" and "qu" are handled apart.
    private static final List<String> INITIALS = List.of("ngh", "ng", "gh", "kh", "nh", "ph", "th", "tr", "ch",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x");
    private static final List<String> FINALS = List.of("ng", "nh", "ch", "c", "m", "n", "p", "t");
    private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t");

    // Nuclei ending in a glide (i/y, o/u, a) take no final consonant.
    private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ui", "ưi", "ưu", "ua", "ưa", "uơ", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây",
            "uôi", "ươi", "ươu", "uya", "uyu");
    // Short ă/â and the diphthongs iê/yê/uô/ươ need a final consonant.
    private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê", "oo");
    private static final Set<String> OPEN_OR_CLOSED = Set.of("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "oa", "oe", "uê", "uy");
    // Finals ch and nh only follow front vowels: ach, êch, ich, oanh, uênh, uynh...
    private static final Set<String> BEFORE_CH_NH = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");

    private Syllables() {
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder toneless = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                toneless.append(c);
            }
        }
        String s = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        for (int i = 0; i < s.length(); i++) {
            if (LETTERS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        String rest = s.substring(initial(s).length());
        String fin = finalConsonant(rest);
        String nucleus = rest.substring(0, rest.length() - fin.length());
        return nucleusFits(nucleus, fin) && toneFits(tone, fin);
    }

    private static String initial(String s) {
        // "gi" and "qu" are initials only before another vowel: "giữa" is gi+ưa, but "gìn" is g+in.
        if ((s.startsWith("gi") || s.startsWith("qu")) && s.length() > 2 && isVowel(s.charAt(2))) {
            return s.substring(0, 2);
        }
        for (String initial : INITIALS) {
            if (s.startsWith(initial)) {
                return initial;
            }
        }
        return "";
    }

    private static String finalConsonant(String rest) {
        for (String fin : FINALS) {
            if (rest.endsWith(fin) && rest.length() > fin.length()) {
                return fin;
            }
        }
        return "";
    }

    private static boolean nucleusFits(String nucleus, String fin) {
        if (fin.isEmpty()) {
            return OPEN_ONLY.contains(nucleus) || OPEN_OR_CLOSED.contains(nucleus);
        }
        boolean closable = CLOSED_ONLY.contains(nucleus) || OPEN_OR_CLOSED.contains(nucleus);
        return closable && (!fin.equals("ch") && !fin.equals("nh") || BEFORE_CH_NH.contains(nucleus));
    }

    private static boolean toneFits(char tone, String fin) {
        // A syllable closed by a stop (c, ch, p, t) carries the sắc or the nặng tone, never another.
        return !STOP_FINALS.contains(fin) || tone == ACUTE || tone == DOT_BELOW;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
