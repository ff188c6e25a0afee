package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The type comes from the bytes; the name may only refine it. */
class ContentTypesTests {

    private final ContentTypes types = new ContentTypes(MediaTika.defaults(), MediaInspectorTests.properties(Map.of()));

    @Test
    void anMp4VideoIsVideoMp4WithItsNameAndTheNameCannotMakeTextAVideo() {
        try (SpooledFile video = spool(MediaSamples.media("testMP4Video.mp4"));
                SpooledFile text = spool("chỉ là chữ, không phải video\n".getBytes(StandardCharsets.UTF_8))) {
            assertThat(types.detect(video.path(), "clip.mp4", null, null))
                    .isEqualTo(new DetectedType("video/mp4", MediaKind.VIDEO, "mp4"));
            assertThatThrownBy(() -> types.detect(text.path(), "clip.mp4", "video/mp4", null))
                    .isInstanceOfSatisfying(MediaException.class, e -> {
                        assertThat(e.getBody().getProperties()).containsEntry("detectedType", "text/plain")
                                .containsEntry("claimedType", "video/mp4");
                    });
        }
    }

    @Test
    void theClaimedTypeIsTheClientsUnlessItSaysNothingThenTheNames() {
        assertThat(types.claimedType("a.jpg", "image/png; charset=x")).isEqualTo("image/png");
        assertThat(types.claimedType("a.jpg", "application/octet-stream")).isEqualTo("image/jpeg");
        assertThat(types.claimedType("a", null)).isNull();
    }

    @Test
    void aWaveAndAnMp3GetTheirUsualExtensions() {
        try (SpooledFile mp3 = spool(MediaSamples.media("testMP3id3v2.mp3"));
                SpooledFile wave = spool(MediaSamples.media("testWAV.wav"))) {
            assertThat(types.detect(mp3.path(), "x", null, MediaKind.AUDIO).extension()).isEqualTo("mp3");
            assertThat(types.detect(wave.path(), "x", null, null).extension()).isEqualTo("wav");
        }
    }

    private static SpooledFile spool(byte[] bytes) {
        return SpooledFile.copy(new ByteArrayInputStream(bytes), Path.of(System.getProperty("java.io.tmpdir")),
                bytes.length, () -> MediaException.tooLarge("too large", "file"));
    }
}
