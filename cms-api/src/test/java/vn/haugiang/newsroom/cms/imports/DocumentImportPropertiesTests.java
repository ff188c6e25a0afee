package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DocumentImportPropertiesTests {

    @Test
    void defaultsToThirtySecondsFiftyMegabytesAndForkedJvms() {
        DocumentImportProperties defaults = DocumentImportProperties.defaults();

        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxSizeBytes()).isEqualTo(52_428_800L);
        assertThat(defaults.isolateInForkedJvm()).isTrue();
        assertThat(defaults.workers()).isEqualTo(2);
        assertThat(defaults.forkedHeapMegabytes()).isEqualTo(256);
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentImportProperties.defaults().withTimeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentImportProperties.defaults().withMaxSizeBytes(0));
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentImportProperties.defaults().withWorkers(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DocumentImportProperties(Duration.ofSeconds(1), 1, true, 1, 32));
    }
}
