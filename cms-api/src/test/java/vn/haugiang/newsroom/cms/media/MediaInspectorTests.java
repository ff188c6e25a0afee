package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpStatus;

/** The time limit and the bound on threads, with examiners that misbehave on purpose. */
class MediaInspectorTests {

    static MediaProperties properties(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("newsroom.media", MediaProperties.class);
    }

    private static final DetectedType MP4 = new DetectedType("video/mp4", MediaKind.VIDEO, "mp4");

    @Test
    void aParseThatRunsPastTheLimitIsRefusedWith422InTime() {
        var properties = properties(Map.of("newsroom.media.inspect-timeout", "300ms", "newsroom.media.inspect-workers", "1"));
        var inspector = new MediaInspector(new Stuck(properties, null), properties);

        try (SpooledFile file = spool()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> inspector.inspect(file, MP4, "clip.mp4"))
                    .isInstanceOfSatisfying(MediaException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.getBody().getDetail()).contains("longer than the limit");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void threadsThatIgnoreTheirInterruptAreBoundedAndFurtherUploadsGet503() throws Exception {
        var properties = properties(Map.of("newsroom.media.inspect-timeout", "200ms", "newsroom.media.inspect-workers", "1"));
        var release = new CountDownLatch(1);
        var inspector = new MediaInspector(new Stuck(properties, release), properties);
        try (SpooledFile file = spool()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> inspector.inspect(file, MP4, "clip.mp4"))
                        .isInstanceOfSatisfying(MediaException.class,
                                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
            }
            assertThatThrownBy(() -> inspector.inspect(file, MP4, "clip.mp4"))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        } finally {
            release.countDown();
        }
    }

    private static SpooledFile spool() {
        return SpooledFile.copy(new ByteArrayInputStream(new byte[] {1, 2, 3}), Path.of(System.getProperty("java.io.tmpdir")),
                10, () -> MediaException.tooLarge("too large", "file"));
    }

    /** Never finishes: sleeps (interruptible), or waits on a latch ignoring interrupts. */
    private static final class Stuck extends ContentExaminer {

        private final CountDownLatch release;

        Stuck(MediaProperties properties, CountDownLatch release) {
            super(MediaTika.defaults(), properties);
            this.release = release;
        }

        @Override
        Inspection examine(SpooledFile file, DetectedType type, String fileName, Path work) throws Exception {
            if (release == null) {
                Thread.sleep(60_000);
            }
            while (release != null && release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // a badly behaved parser
                }
            }
            return new Inspection(Map.of(), Map.of(), List.of(), work);
        }
    }
}
