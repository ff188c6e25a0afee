package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyllablesTests {

    @Test
    void everyMarkedWordOfTheReferenceTextsIsASyllableExceptTheLoanword() {
        String texts = ReferenceFiles.utf8("utf-8.txt") + "\n" + ReferenceFiles.utf8("sample-unicode.txt");

        assertThat(TextScore.words(texts).stream().filter(w -> w.chars().anyMatch(c -> c >= 0x80))
                .filter(w -> !Syllables.isSyllable(w)))
                .containsOnly("Rôman", "â", "ă", "đ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghiêng", "giữa", "gìn", "quốc", "quyết", "khuya", "khuỷu", "ngoằn", "ngoèo", "huỳnh",
            "khuếch", "người", "ĐƯỜNG", "Việt", "oanh", "yêu", "xoong", "ảnh"})
    void wellFormedSyllablesAreAccepted(String word) {
        assertThat(Syllables.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Delacrộtaz", "chaứo", "hoùc", "tụà", "bầo", "hòc", "bàp", "ach", "ưch", "ơnh", "oăi",
            "ngh", "Grỹße", "x", "cafộ", "Mỹller"})
    void malformedSyllablesAreRejected(String word) {
        assertThat(Syllables.isSyllable(word)).isFalse();
    }
}
