package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;

/** The {@code .map} tables against what their standards say they contain, computed from Unicode here. */
class EncodingTablesTests {

    /** The 67 lower-case letters of the Vietnamese alphabet that ASCII lacks: 12 vowels × 6 tones − 6, plus đ. */
    static Set<String> vietnameseLowerCase() {
        Set<String> letters = new HashSet<>(Set.of("đ"));
        for (String vowel : new String[] {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B",
                "u", "u\u031B", "y"}) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (letter.length() == 1 && letter.charAt(0) >= 0x80) {
                    letters.add(letter);
                }
            }
        }
        return letters;
    }

    static Set<String> vietnameseLetters() {
        Set<String> letters = new HashSet<>(vietnameseLowerCase());
        vietnameseLowerCase().forEach(letter -> letters.add(letter.toUpperCase()));
        return letters;
    }

    private static Set<String> nonAsciiOutputs(CharTable table) {
        Set<String> outputs = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            Reading reading = table.read(String.valueOf((char) b));
            String decoded = reading.text();
            if (reading.unmapped() == 0 && decoded.charAt(0) >= 0x80 && Character.isLetter(decoded.charAt(0))) {
                outputs.add(decoded);
            }
        }
        return outputs;
    }

    @Test
    void visciiHasAllVietnameseLettersAndOnlyThem() {
        CharTable viscii = CharTable.load(Encoding.VISCII, "viscii.map");

        assertThat(vietnameseLetters()).hasSize(134);
        assertThat(nonAsciiOutputs(viscii)).isEqualTo(vietnameseLetters());
    }

    @Test
    void visciiKeepsPrintableAsciiWhereAsciiHasIt() {
        CharTable viscii = CharTable.load(Encoding.VISCII, "viscii.map");

        for (char c = 0x20; c < 0x7F; c++) {
            assertThat(viscii.read(String.valueOf(c)).text()).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void tcvn3HasTheLowerCaseLettersAndSevenCapitals() {
        Set<String> expected = new HashSet<>(vietnameseLowerCase());
        expected.addAll(Set.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"));

        assertThat(nonAsciiOutputs(CharTable.load(Encoding.TCVN3, "tcvn3.map"))).isEqualTo(expected);
    }

    @Test
    void vniSpellsEveryVietnameseLetter() {
        CharTable vni = CharTable.load(Encoding.VNI, "vni.map");
        Set<String> decoded = new HashSet<>();
        // ASCII vowels, and ô/ö (VNI's ơ/ư), each followed by every byte from C0 up.
        for (String base : new String[] {"", "a", "e", "o", "u", "y", "ô", "ö", "A", "E", "O", "U", "Y", "Ô", "Ö"}) {
            for (int modifier = 0xC0; modifier < 0x100; modifier++) {
                Reading reading = vni.read(base + (char) modifier);
                if (reading.unmapped() == 0 && reading.text().length() == 1) {
                    decoded.add(reading.text());
                }
            }
        }

        assertThat(decoded).containsAll(vietnameseLetters());
        assertThat(vni.read("Vieät Nam").text()).isEqualTo("Việt Nam");
    }
}
