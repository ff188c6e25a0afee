package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;
import vn.haugiang.newsroom.text.LegacyConversion.Outcome;

class LegacyTextPastedTests {

    private static final Pattern BLOCK = Pattern.compile("(\\w+):\\s*\\{([^}]*)}");
    private static final Pattern FIELD = Pattern.compile("(unicode|vni|tcvn3|viqr):\\s*(?:'([^']*)'|\"([^\"]*)\")");

    /**
     * test-data.ts has "vi' du+." for "ví dụ", from a special case of that library. In VIQR (RFC 1456)
     * {@code u+.} is ư with the nặng tone, "dự" as in "dự án"; we follow the RFC rather than corrupt every "dự".
     */
    private static final Map<String, String> RFC_1456_READINGS =
            Map.of("DDa^y la` mo^.t vi' du+. ve^` VIQR", "Đây là một ví dự về VIQR");

    @Test
    void tcvn3PastedFromDotVnTimeIsConverted() {
        LegacyConversion result = LegacyText.convert("Céng hßa x· héi chñ nghÜa ViÖt Nam");

        assertThat(result).isEqualTo(new LegacyConversion("Cộng hòa xã hội chủ nghĩa Việt Nam", Encoding.TCVN3,
                Outcome.CONVERTED, null));
    }

    /** Every legacy/Unicode pair of duydev/vietnamese-conversion tests/helpers/test-data.ts, parsed from the file. */
    static Stream<Arguments> referencePairs() {
        List<Arguments> pairs = new ArrayList<>();
        Matcher block = BLOCK.matcher(ReferenceFiles.utf8("test-data.ts"));
        while (block.find()) {
            String unicode = null;
            List<String[]> legacy = new ArrayList<>();
            Matcher field = FIELD.matcher(block.group(2));
            while (field.find()) {
                String value = field.group(2) != null ? field.group(2) : field.group(3);
                if (field.group(1).equals("unicode")) {
                    unicode = value;
                } else {
                    legacy.add(new String[] {field.group(1), value});
                }
            }
            for (String[] pair : legacy) {
                String expected = RFC_1456_READINGS.getOrDefault(pair[1], unicode);
                pairs.add(Arguments.of(block.group(1), Encoding.valueOf(pair[0].toUpperCase()), pair[1], expected));
            }
        }
        assertThat(pairs).as("pairs parsed from test-data.ts").hasSize(10);
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("referencePairs")
    void everyReferencePairConvertsExactly(String name, Encoding encoding, String legacy, String unicode) {
        assertThat(LegacyText.convert(legacy))
                .isEqualTo(new LegacyConversion(unicode, encoding, Outcome.CONVERTED, null));
    }

    @Test
    void unicodeOfTheReferencePairsStaysUnchanged() {
        String complex = "Tiếng Việt có các dấu: à, á, ả, ã, ạ, ă, â, ê, ô, ơ, ư, đ"; // test-data.ts TestPhrases.complex

        for (String unicode : List.of(complex, "Xin chào các bạn", "Tôi đi học", "Đây là một ví dụ về VIQR")) {
            assertThat(LegacyText.convert(unicode))
                    .isEqualTo(new LegacyConversion(unicode, Encoding.UNICODE, Outcome.UNCHANGED, null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello (world).", "I'm at 5.5", "Hello world 123!@#", "abc", "", "Don't go. Are you O.K.?",
            "Email dd@example.com, add `code` and a^2 + b^2 ~ c", "C'est la vie: café, naïve, Müller, São Paulo",
            "Bertrand Delacrétaz", "Sí, señor", "Price: 5 ¢, © 2024, 25 °C ± 2", "Hoi nghi an toan thong tin"})
    void ordinaryEnglishAndForeignTextStaysUnchanged(String text) {
        assertThat(LegacyText.convert(text))
                .isEqualTo(new LegacyConversion(text, Encoding.UNICODE, Outcome.UNCHANGED, null));
    }

    @Test
    void unicodeVietnameseStaysUnchanged() {
        String sample = ReferenceFiles.utf8("sample-unicode.txt");

        assertThat(LegacyText.convert(sample))
                .isEqualTo(new LegacyConversion(sample, Encoding.UNICODE, Outcome.UNCHANGED, null));
        // Only Latin-1 letters, each also a TCVN3 code ("Tôi có" is "Tụi cú" in TCVN3): Unicode wins the tie.
        assertThat(LegacyText.convert("Tôi có").outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void decomposedUnicodeComesBackAsNfc() {
        String reference = ReferenceFiles.utf8("utf-8.txt");

        assertThat(LegacyText.convert(Normalizer.normalize(reference, Normalizer.Form.NFD)))
                .isEqualTo(new LegacyConversion(reference, Encoding.UNICODE, Outcome.UNCHANGED, null));
    }

    @Test
    void tcvn3FollowedByGarbageNeedsReviewAndKeepsTheText() {
        String pasted = "Céng hßa x· héi chñ nghÜa ViÖt Nam ¿¿¿ ÀÁÂ";

        LegacyConversion result = LegacyText.convert(pasted);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.text()).isEqualTo(pasted);
        assertThat(result.source()).isEqualTo(Encoding.TCVN3);
        assertThat(result.reason()).contains("TCVN3", "'¿'", "'À'");
    }

    @Test
    void tcvn3WithOneUnmappedCharacterNeedsReviewWhileTheRestWouldConvert() {
        String motto = "Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp – Tù do – H¹nh phóc";

        assertThat(LegacyText.convert(motto).text())
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập – Tự do – Hạnh phúc");
        LegacyConversion partly = LegacyText.convert(motto + " ÿ");
        assertThat(partly.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(partly.text()).isEqualTo(motto + " ÿ");
        assertThat(partly.reason()).contains("1 character has no TCVN3 meaning ('ÿ')");
    }

    @Test
    void tcvn3PastedIntoUnicodeTextNeedsReview() {
        String mixed = "Cộng hòa xã hội Céng hßa x· héi chñ nghÜa";

        LegacyConversion result = LegacyText.convert(mixed);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.source()).isEqualTo(Encoding.TCVN3);
        assertThat(result.text()).isEqualTo(mixed);
    }

    @Test
    void viqrWithWordsThatAreNotSyllablesNeedsReview() {
        String viqr = "To^i ddi ho.c o+' tru+o+`ng ba^`o kho^`a"; // "bầo" and "khồa" are not syllables

        LegacyConversion result = LegacyText.convert(viqr);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.source()).isEqualTo(Encoding.VIQR);
        assertThat(result.text()).isEqualTo(viqr);
    }

    @Test
    void viqrSentencePunctuationAndEscapesAreNotTones() {
        assertThat(LegacyText.convert("Xin cha`o. To^i ddi ho.c.\nBa.n ddi dda^u?").text())
                .isEqualTo("Xin chào. Tôi đi học.\nBạn đi đâu?");
        assertThat(LegacyText.convert("Anh ddi dda^u\\? To^i o+? nha`").text()).isEqualTo("Anh đi đâu? Tôi ở nhà");
        assertThat(LegacyText.convert("Anh ho?i: \"DDi dda^u.\"").text()).isEqualTo("Anh hỏi: \"Đi đâu.\"");
        assertThat(LegacyText.convert("Nhu+~ng ddie^`u ca^`n bie^'t ve^` casino...").text())
                .isEqualTo("Những điều cần biết về casino...");
    }

    @Test
    void viqrMarksAreReadInEitherOrder() {
        assertThat(LegacyText.convert("Vie.^t Nam, tie'^ng Vie^.t").text()).isEqualTo("Việt Nam, tiếng Việt");
    }

    @Test
    void textThatReadsAsVietnameseInTwoEncodingsNeedsReview() {
        // "Tổng hợp" in TCVN3; in VNI the same characters spell "Tỉng hỵp", also well-formed.
        LegacyConversion result = LegacyText.convert("P.V ( Tæng hîp )");

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.reason()).contains("TCVN3", "VNI");
    }
}
