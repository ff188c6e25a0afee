package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body uses a medium when an element loads or links it, not when its id is merely written. */
class MediaReferencesTests {

    private static final String ID = "0b7c3f6e-8d7a-4c1e-9f57-3f1f7c2a9e10";

    @Test
    void anImageSourceOrLinkWithTheIdOrKeyIsAUse() {
        assertThat(MediaReferences.loads("<p><img src=\"/media/u/2025/06/" + ID + "-hoi-nghi-web.jpg\"></p>", ID)).isTrue();
        assertThat(MediaReferences.loads("<img srcset=\"/media/u/" + ID.toUpperCase() + "-a-web.jpg 2x\">", ID)).isTrue();
        assertThat(MediaReferences.loads("<a href=\"https://media.baohaugiang.vn/u/" + ID + "-clip.mp4\">xem</a>", ID)).isTrue();
    }

    @Test
    void theIdInProseOrAnotherMediumsSourceIsNoUse() {
        assertThat(MediaReferences.loads("<p>Mã ảnh " + ID + " đã bị gỡ.</p>", ID)).isFalse();
        assertThat(MediaReferences.loads("<img src=\"/media/u/2025/06/other-id-web.jpg\" alt=\"" + ID + "\">", ID)).isFalse();
    }
}
