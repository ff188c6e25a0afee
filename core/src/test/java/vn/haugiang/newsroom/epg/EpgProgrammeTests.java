package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EpgProgrammeTests {

    private static final Instant SEVEN_PM = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void stopMustBeAfterStart() {
        assertThatThrownBy(() -> EpgProgramme.of("HGTV", SEVEN_PM, SEVEN_PM, "Thời sự", "vi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after start");
    }

    @Test
    void titleMustNotBeBlank() {
        assertThatThrownBy(() -> EpgProgramme.of("HGTV", SEVEN_PM, null, " \n ", "vi"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EpgChannel(" ", "HGTV", "vi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textIsStoredNfcOnOneLineAndBlankOptionalsAsNull() {
        String decomposed = Normalizer.normalize("Thời sự\n  Hậu Giang", Normalizer.Form.NFD);

        EpgProgramme p = EpgProgramme.of("HGTV", SEVEN_PM, null, decomposed, "vi").withTexts(" ", "Tin\ttức");

        assertThat(p.title()).isEqualTo("Thời sự Hậu Giang");
        assertThat(p.subTitle()).isNull();
        assertThat(p.description()).isEqualTo("Tin tức");
    }

    @Test
    void backToBackProgrammesDoNotOverlap() {
        EpgProgramme a = EpgProgramme.of("HGTV", SEVEN_PM, SEVEN_PM.plusSeconds(1800), "A", "vi");
        EpgProgramme b = EpgProgramme.of("HGTV", SEVEN_PM.plusSeconds(1800), SEVEN_PM.plusSeconds(3600), "B", "vi");

        assertThat(a.overlaps(b)).isFalse();
        assertThat(b.overlaps(a)).isFalse();
        assertThat(b.overlaps(a.withStop(SEVEN_PM.plusSeconds(1801)))).isTrue();
    }
}
