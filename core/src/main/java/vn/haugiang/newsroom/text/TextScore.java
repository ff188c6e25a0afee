package vn.haugiang.newsroom.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How Vietnamese a decoded text reads: its words (runs of letters), the words carrying a non-ASCII
 * letter ("marked": this is where a legacy decoding shows), and which marked words are well-formed
 * {@link Syllables syllables}.
 *
 * @param words   all words
 * @param marked  words with at least one non-ASCII letter and a vowel
 * @param valid   marked words that are Vietnamese syllables
 * @param invalid marked words that are not, in order of appearance
 */
record TextScore(int words, int marked, int valid, List<String> invalid) {

    /** Share of words that must be marked Vietnamese syllables: Vietnamese prose is well above 50%. */
    static final double MIN_VIETNAMESE_SHARE = 0.2;

    /** Share of marked words allowed not to be syllables: foreign names ("Rôman"), typos. */
    static final double MAX_FOREIGN_SHARE = 0.1;

    TextScore {
        invalid = List.copyOf(invalid);
    }

    static TextScore of(String text) {
        int words = 0;
        int marked = 0;
        int valid = 0;
        List<String> invalid = new ArrayList<>();
        for (String word : words(text)) {
            words++;
            if (word.chars().anyMatch(c -> c >= 0x80) && hasVowel(word)) {
                marked++;
                if (Syllables.isSyllable(word)) {
                    valid++;
                } else {
                    invalid.add(word);
                }
            }
        }
        return new TextScore(words, marked, valid, invalid);
    }

    /** Reads as Vietnamese throughout: enough marked syllables, and (almost) every marked word is one. */
    boolean readsAsVietnamese() {
        return valid > 0 && valid >= MIN_VIETNAMESE_SHARE * words && invalid.size() <= MAX_FOREIGN_SHARE * marked;
    }

    /** Enough Vietnamese to be worth a human's look, even though it does not read as Vietnamese throughout. */
    boolean partlyVietnamese(int unmapped) {
        return valid >= 2 && valid >= invalid.size() + unmapped;
    }

    /** Every syllable has a vowel; a word without one is an abbreviation such as "HĐND", not evidence. */
    private static boolean hasVowel(String word) {
        return VietnameseText.fold(word).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
