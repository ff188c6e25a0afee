package vn.haugiang.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseFoldingTokenFilterFactoryTests {

    private final VietnameseFoldingTokenFilterFactory factory = new VietnameseFoldingTokenFilterFactory();

    @Test
    void isRegisteredUnderTheNameUsedInIndexSettings() {
        assertThat(factory.name()).isEqualTo("vietnamese_folding");
    }

    @Test
    void afterTheStandardTokenizerFoldsTheStationName() {
        assertThat(Tokens.standardThen(factory::create, "Đài Phát thanh và Truyền hình Hậu Giang"))
                .containsExactly("dai", "phat", "thanh", "va", "truyen", "hinh", "hau", "giang");
    }

    @Test
    void foldsLowerAndUpperCaseDStroke() {
        assertThat(Tokens.standardThen(factory::create, "đường ĐƯỜNG")).containsExactly("duong", "duong");
    }

    @Test
    void givesTheSameTokensForNfdInputAsForNfc() {
        String text = "Hậu Giang ĐƯỜNG Trường";
        assertThat(Tokens.standardThen(factory::create, Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(Tokens.standardThen(factory::create, Normalizer.normalize(text, Normalizer.Form.NFC)))
                .containsExactly("hau", "giang", "duong", "truong");
    }

    @Test
    void normalizeFoldsLikeCreateSoWildcardQueriesAreFoldedToo() {
        assertThat(Tokens.standardThen(factory::normalize, "Truyền"))
                .isEqualTo(Tokens.standardThen(factory::create, "Truyền"));
    }
}
