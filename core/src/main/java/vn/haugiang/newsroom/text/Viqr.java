package vn.haugiang.newsroom.text;

import java.text.Normalizer;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;

/**
 * VIQR (RFC 1456): ASCII with the marks typed after the vowel: shape {@code (} breve (a),
 * {@code ^} circumflex (a, e, o), {@code +} horn (o, u); then tone {@code '} sắc, {@code `} huyền,
 * {@code ?} hỏi, {@code ~} ngã, {@code .} nặng; {@code dd}/{@code DD} for đ/Đ; a backslash makes the next
 * mark literal ({@code \.}).
 *
 * <p>Three of the tone marks are also English punctuation. So that sentences survive, a word takes at most
 * one tone (a second {@code .}, {@code ?} or {@code '} is punctuation: {@code cha`o.} is "chào."); a
 * {@code .} or {@code ?} at the end of a line or of the text, perhaps before closing quotes or brackets, is
 * punctuation, and so is an ellipsis {@code ...}. Elsewhere a vowel followed by {@code .} still takes the
 * nặng tone, as RFC 1456 specifies ({@code "vi' du. A"} is "ví dụ A"); writers escape the rest ({@code \.}).
 */
final class Viqr {

    private static final String VOWELS = "aeiouyAEIOUY";
    private static final String TONE_KEYS = "'`?~.";
    private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
    private static final String CLOSERS = "\"')]}";
    private static final String ESCAPABLE = "(^+'`?~.\\dD";

    /**
     * @param reading     the decoded text
     * @param strongMarks marks that hardly occur in English after a vowel: {@code ( ^ + ` ~} and {@code dd};
     *                    {@code '}, {@code .} and {@code ?} do ({@code I'm}, {@code Go.}), so they prove nothing
     */
    record Result(Reading reading, int strongMarks) {
    }

    private Viqr() {
    }

    static Result read(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        int strong = 0;
        boolean toned = false;
        int i = 0;
        while (i < ascii.length()) {
            char c = ascii.charAt(i);
            char next = i + 1 < ascii.length() ? ascii.charAt(i + 1) : 0;
            if (c == '\\' && next != 0 && ESCAPABLE.indexOf(next) >= 0) {
                out.append(next);
                i += 2;
            } else if ((c == 'd' || c == 'D') && (next == 'd' || next == 'D')) {
                out.append(c == 'D' ? 'Đ' : 'đ');
                strong++;
                i += 2;
            } else if (VOWELS.indexOf(c) < 0) {
                toned &= Character.isLetter(c);
                out.append(c);
                i++;
            } else {
                i++;
                String shape = "";
                String tone = "";
                // RFC 1456 puts the shape mark first (e^.); the reverse order (e.^) is also seen, so both are read.
                for (int marks = 0; marks < 2 && i < ascii.length(); marks++) {
                    char key = ascii.charAt(i);
                    char shapeMark = shape.isEmpty() ? shapeMark(Character.toLowerCase(c), key) : 0;
                    int toneMark = toned ? -1 : TONE_KEYS.indexOf(key);
                    if (shapeMark != 0) {
                        shape = String.valueOf(shapeMark);
                        strong++;
                    } else if (toneMark >= 0 && !isSentenceEnd(ascii, i)) {
                        tone = String.valueOf(TONE_MARKS.charAt(toneMark));
                        strong += key == '`' || key == '~' ? 1 : 0;
                        toned = true;
                    } else {
                        break;
                    }
                    i++;
                }
                // Shape before tone: both are class-230 marks, so NFC composes them only in this order.
                out.append(Normalizer.normalize(c + shape + tone, Normalizer.Form.NFC));
            }
        }
        return new Result(Reading.of(Encoding.VIQR, out.toString(), 0, ""), strong);
    }

    private static char shapeMark(char vowel, char key) {
        if (key == '(' && vowel == 'a') {
            return '\u0306';
        }
        if (key == '^' && (vowel == 'a' || vowel == 'e' || vowel == 'o')) {
            return '\u0302';
        }
        if (key == '+' && (vowel == 'o' || vowel == 'u')) {
            return '\u031B';
        }
        return 0;
    }

    private static boolean isSentenceEnd(String ascii, int keyIndex) {
        char key = ascii.charAt(keyIndex);
        if (key != '.' && key != '?') {
            return false;
        }
        if (ascii.startsWith("...", keyIndex)) {
            return true;
        }
        int after = keyIndex + 1;
        while (after < ascii.length() && CLOSERS.indexOf(ascii.charAt(after)) >= 0) {
            after++;
        }
        return after == ascii.length() || ascii.charAt(after) == '\n' || ascii.charAt(after) == '\r';
    }
}
