package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;
import vn.haugiang.newsroom.text.LegacyConversion.Outcome;

/** Imported files: the uchardet test files are the same paragraph in UTF-8, VISCII and Windows-1258. */
class LegacyTextFileTests {

    private static final String REFERENCE = VietnameseText.nfc(ReferenceFiles.utf8("utf-8.txt"));

    @Test
    void visciiFileConvertsToTheUtf8Paragraph() {
        assertThat(LegacyText.convert(ReferenceFiles.bytes("viscii.txt")))
                .isEqualTo(new LegacyConversion(REFERENCE, Encoding.VISCII, Outcome.CONVERTED, null));
    }

    @Test
    void windows1258FileConvertsToTheUtf8ParagraphInNfc() {
        assertThat(LegacyText.convert(ReferenceFiles.bytes("windows-1258.txt")))
                .isEqualTo(new LegacyConversion(REFERENCE, Encoding.CP1258, Outcome.CONVERTED, null));
    }

    @Test
    void utf8FileComesBackUnchanged() {
        assertThat(LegacyText.convert(ReferenceFiles.bytes("utf-8.txt")))
                .isEqualTo(new LegacyConversion(REFERENCE, Encoding.UNICODE, Outcome.UNCHANGED, null));
    }

    @Test
    void sampleUnicodeFileComesBackUnchangedAsUnicode() {
        LegacyConversion result = LegacyText.convert(ReferenceFiles.bytes("sample-unicode.txt"));

        assertThat(result.source()).isEqualTo(Encoding.UNICODE);
        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.reason()).isNull();
        assertThat(result.text()).isEqualTo(ReferenceFiles.utf8("sample-unicode.txt"));
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMarkOnly() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = ReferenceFiles.bytes("utf-8.txt");
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(LegacyText.convert(withBom))
                .isEqualTo(new LegacyConversion(REFERENCE, Encoding.UNICODE, Outcome.UNCHANGED, null));
    }

    @Test
    void decomposedUtf8FileComesBackAsNfc() {
        byte[] nfd = Normalizer.normalize(REFERENCE, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);

        assertThat(LegacyText.convert(nfd))
                .isEqualTo(new LegacyConversion(REFERENCE, Encoding.UNICODE, Outcome.UNCHANGED, null));
    }

    @Test
    void tcvn3AndVniFilesAreConvertedLikePastedText() {
        byte[] tcvn3 = "Céng hßa x· héi chñ nghÜa ViÖt Nam".getBytes(StandardCharsets.ISO_8859_1);
        byte[] vni = "Xin chaøo caùc baïn".getBytes(StandardCharsets.ISO_8859_1); // test-data.ts greeting.vni

        assertThat(LegacyText.convert(tcvn3)).isEqualTo(new LegacyConversion("Cộng hòa xã hội chủ nghĩa Việt Nam",
                Encoding.TCVN3, Outcome.CONVERTED, null));
        assertThat(LegacyText.convert(vni))
                .isEqualTo(new LegacyConversion("Xin chào các bạn", Encoding.VNI, Outcome.CONVERTED, null));
    }

    @Test
    void viqrFileIsAsciiAndSoConvertedFromUtf8() {
        byte[] viqr = "To^i dda~ ho.c tie^'ng Vie^.t".getBytes(StandardCharsets.US_ASCII); // test-data.ts academic

        assertThat(LegacyText.convert(viqr))
                .isEqualTo(new LegacyConversion("Tôi đã học tiếng Việt", Encoding.VIQR, Outcome.CONVERTED, null));
    }

    @Test
    void latin1FileInAnotherLanguageNeedsReviewAsUnknownWithEveryByteKept() {
        String german = "Grüße aus Köln, schöne Straße";
        byte[] latin1 = german.getBytes(StandardCharsets.ISO_8859_1);

        LegacyConversion result = LegacyText.convert(latin1);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.source()).isEqualTo(Encoding.UNKNOWN);
        assertThat(result.text()).isEqualTo(german);
        assertThat(result.reason()).startsWith("Not UTF-8");
    }

    @Test
    void truncatedVisciiFileWithGarbageNeedsReview() {
        byte[] viscii = ReferenceFiles.bytes("viscii.txt");
        byte[] damaged = viscii.clone();
        // Overwrite the second half with bytes that are letters in VISCII but never form syllables.
        for (int i = damaged.length / 2; i < damaged.length; i++) {
            damaged[i] = (i % 7 == 0) ? (byte) ' ' : (byte) (0x80 + i % 0x40);
        }

        LegacyConversion result = LegacyText.convert(damaged);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.source()).isEqualTo(Encoding.VISCII);
        assertThat(result.text()).isEqualTo(new String(damaged, StandardCharsets.ISO_8859_1));
        assertThat(result.reason()).contains("not Vietnamese syllables");
    }
}
