package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MediaKeysTests {

    private static final UUID ID = UUID.fromString("0b7c3f6e-8d7a-4c1e-9f57-3f1f7c2a9e10");
    private static final ZoneId HAU_GIANG = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theMonthOfAKeyIsTheNewsroomsNotUtcs() {
        // 06:30 on 1 June in Hậu Giang is still 31 May in UTC.
        Instant earlyJune = Instant.parse("2025-05-31T23:30:00Z");

        assertThat(MediaKeys.original("bao-hau-giang", ID, "Hội nghị.jpg", "jpg", earlyJune, HAU_GIANG))
                .isEqualTo("bao-hau-giang/2025/06/" + ID + "-hoi-nghi.jpg");
    }

    @Test
    void theSlugIsAsciiWhateverTheNameAndTheExtensionIsTheDetectedOne() {
        String key = MediaKeys.original("u", ID, "C:\\Ảnh\\Đêm nhạc (1) + bản sao.JPEG", "png", Instant.EPOCH, HAU_GIANG);

        assertThat(key).isEqualTo("u/1970/01/" + ID + "-dem-nhac-1-ban-sao.png").matches("[a-z0-9/.-]+");
        assertThat(MediaKeys.original("u", ID, "+++.jpg", "jpg", Instant.EPOCH, HAU_GIANG)).endsWith("-untitled.jpg");
    }

    @Test
    void renditionsShareTheStemAndPublicCopiesLiveUnderMedia() {
        String key = "u/2025/06/" + ID + "-hoi-nghi.jpg";

        assertThat(MediaKeys.rendition(key, "thumbnail", "jpg")).isEqualTo("u/2025/06/" + ID + "-hoi-nghi-thumbnail.jpg");
        assertThat(MediaKeys.published(key)).isEqualTo("media/" + key);
    }
}
