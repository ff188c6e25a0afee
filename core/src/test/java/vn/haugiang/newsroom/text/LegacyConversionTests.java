package vn.haugiang.newsroom.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;
import vn.haugiang.newsroom.text.LegacyConversion.Outcome;

class LegacyConversionTests {

    @Test
    void textIsAlwaysStoredAsNfc() {
        String nfd = Normalizer.normalize("Hậu Giang", Normalizer.Form.NFD);

        assertThat(new LegacyConversion(nfd, Encoding.UNICODE, Outcome.UNCHANGED, null).text()).isEqualTo("Hậu Giang");
    }

    @Test
    void inconsistentShapesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegacyConversion("x", Encoding.TCVN3, Outcome.UNCHANGED, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegacyConversion("x", Encoding.UNICODE, Outcome.CONVERTED, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegacyConversion("x", Encoding.UNKNOWN, Outcome.NEEDS_REVIEW, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegacyConversion("x", Encoding.VNI, Outcome.CONVERTED, "why"));
    }

    @Test
    void reviewNeedsAReason() {
        assertThat(new LegacyConversion("x", Encoding.UNKNOWN, Outcome.NEEDS_REVIEW, "not Vietnamese").reason())
                .isEqualTo("not Vietnamese");
    }
}
