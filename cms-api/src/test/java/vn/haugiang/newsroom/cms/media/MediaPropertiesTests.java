package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** The defaults live in the properties record; application.yaml needs no media section. */
class MediaPropertiesTests {

    @Test
    void withNothingConfiguredTheIssuesDefaultsApply() {
        MediaProperties properties = MediaInspectorTests.properties(Map.of());

        assertThat(properties.maxBytes(MediaKind.IMAGE)).isEqualTo(50L * 1024 * 1024);
        assertThat(properties.maxBytes(MediaKind.AUDIO)).isEqualTo(500L * 1024 * 1024);
        assertThat(properties.maxBytes(MediaKind.VIDEO)).isEqualTo(4L * 1024 * 1024 * 1024);
        assertThat(properties.allowed(MediaKind.IMAGE)).containsExactly("image/jpeg", "image/png", "image/gif");
        assertThat(properties.orphanGrace()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.keyTimeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(properties.keepGps()).isFalse();
        assertThat(properties.publicBaseUrl()).isEqualTo("/media/");
    }

    @Test
    void limitsAndTypesAreConfigurablePerKindAndNonsenseIsRefused() {
        MediaProperties properties = MediaInspectorTests.properties(Map.of("newsroom.media.max-size.video", "8GB",
                "newsroom.media.allowed-types.audio", "audio/mpeg, audio/ogg"));

        assertThat(properties.maxBytes(MediaKind.VIDEO)).isEqualTo(8L * 1024 * 1024 * 1024);
        assertThat(properties.allowed(MediaKind.AUDIO)).containsExactly("audio/mpeg", "audio/ogg");
        assertThatThrownBy(() -> MediaInspectorTests.properties(Map.of("newsroom.media.web-width", "100")))
                .isInstanceOf(BindException.class);
    }
}
