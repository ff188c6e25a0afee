package vn.haugiang.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VietnameseFoldedAnalyzerTests {

    private static final String STATION = "Đài Phát thanh và Truyền hình Hậu Giang";

    private final Analyzer analyzer = new VietnameseFoldedAnalyzerFactory().create();

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void foldsTheStationNameToOneUnaccentedLowerCaseTokenPerSyllable() {
        assertThat(Tokens.of(analyzer, STATION))
                .containsExactly("dai", "phat", "thanh", "va", "truyen", "hinh", "hau", "giang");
    }

    @Test
    void foldsUpperCaseDStrokeAndHornedVowels() {
        assertThat(Tokens.of(analyzer, "ĐƯỜNG")).containsExactly("duong");
    }

    @Test
    void givesTheSameTokensForNfdInputAsForNfc() {
        String nfc = Normalizer.normalize(STATION, Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(STATION, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        assertThat(Tokens.of(analyzer, nfd)).isEqualTo(Tokens.of(analyzer, nfc));
    }

    @Test
    void alreadyUnaccentedTextGivesTheSameTokensAsAccentedText() {
        assertThat(Tokens.of(analyzer, "dai phat thanh va truyen hinh hau giang"))
                .isEqualTo(Tokens.of(analyzer, STATION));
    }

    @Test
    void foldsMultiTermQueryTextSoPrefixQueriesMatchUnaccentedTerms() {
        assertThat(Tokens.normalized(analyzer, "Hậu")).containsExactly("hau");
    }
}
