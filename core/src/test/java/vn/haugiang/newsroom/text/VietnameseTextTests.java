package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void nfcComposesTheDecomposedFormOfTheReferenceParagraph() {
        String reference = ReferenceFiles.utf8("utf-8.txt");
        String decomposed = Normalizer.normalize(reference, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(reference);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(reference);
    }

    @Test
    void nfcReturnsTextThatIsAlreadyNfcAsItIs() {
        String text = "Hậu Giang";

        assertThat(VietnameseText.nfc(text)).isSameAs(text);
    }

    @Test
    void foldLowerCasesRemovesMarksAndMapsDStroke() {
        assertThat(VietnameseText.fold("Đài PT-TH Hậu Giang")).isEqualTo("dai pt-th hau giang");
        assertThat(VietnameseText.fold("ĐƯỜNG Trường Sơn, Ngã Bảy")).isEqualTo("duong truong son, nga bay");
    }

    @Test
    void foldGivesTheSameResultForNfcAndNfd() {
        String nfc = ReferenceFiles.utf8("sample-unicode.txt");
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

        assertThat(VietnameseText.fold(nfd)).isEqualTo(VietnameseText.fold(nfc));
    }

    @Test
    void foldTurnsEveryVietnameseLetterOfTheSampleIntoAscii() {
        String folded = VietnameseText.fold(ReferenceFiles.utf8("sample-unicode.txt").replace("–", "-"));

        assertThat(folded.chars()).allMatch(c -> c < 0x80);
        assertThat(folded).contains("dau nga: a, e, i, o, u");
    }

    @Test
    void slugFoldsAVietnameseTitleIntoHyphenatedAscii() {
        assertThat(VietnameseText.slug("Hội nghị an toàn thông tin 2024!")).isEqualTo("hoi-nghi-an-toan-thong-tin-2024");
        assertThat(VietnameseText.slug("  Đài PT-TH Hậu Giang: “Tuần lễ” ATTT  ")).isEqualTo("dai-pt-th-hau-giang-tuan-le-attt");
    }

    @Test
    void slugIsTheSameForNfdTitles() {
        String title = "Tuyên truyền nâng cao nhận thức về an toàn thông tin";

        assertThat(VietnameseText.slug(Normalizer.normalize(title, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.slug(title))
                .isEqualTo("tuyen-truyen-nang-cao-nhan-thuc-ve-an-toan-thong-tin");
    }

    @Test
    void slugLongerThanTheMaximumIsCutAtAWordBoundary() {
        String title = "Hội nghị an toàn thông tin 2024";

        assertThat(VietnameseText.slug(title, 20)).isEqualTo("hoi-nghi-an-toan");
        assertThat(VietnameseText.slug(title, 16)).isEqualTo("hoi-nghi-an-toan");
        assertThat(VietnameseText.slug(title, 15)).isEqualTo("hoi-nghi-an");
    }

    @Test
    void slugCutsAFirstWordLongerThanTheMaximumHard() {
        assertThat(VietnameseText.slug("Supercalifragilistic", 10)).isEqualTo("supercalif");
    }

    @Test
    void slugFallsBackToUntitledWhenNothingIsLeft() {
        assertThat(VietnameseText.slug("")).isEqualTo(VietnameseText.FALLBACK_SLUG).isEqualTo("untitled");
        assertThat(VietnameseText.slug("!!! — ???")).isEqualTo("untitled");
        assertThat(VietnameseText.slug("新闻")).isEqualTo("untitled");
    }

    @Test
    void slugUsesTheDefaultMaximumLength() {
        String slug = VietnameseText.slug("an toàn thông tin ".repeat(20));

        assertThat(slug).hasSizeLessThanOrEqualTo(VietnameseText.DEFAULT_SLUG_LENGTH).startsWith("an-toan-thong-tin-an");
        assertThat(slug).doesNotEndWith("-");
    }

    @Test
    void slugRejectsAMaximumTooShortForTheFallback() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietnameseText.slug("Hậu Giang", 7))
                .withMessageContaining("at least 8");
    }
}
