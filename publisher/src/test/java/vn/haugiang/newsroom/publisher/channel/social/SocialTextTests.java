package vn.haugiang.newsroom.publisher.channel.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class SocialTextTests {

    private static final URI LINK = URI.create("https://haugiang.example/tin/1");

    @Test
    void hashtagsAreFoldedJoinedAndDeduplicated() {
        assertThat(SocialText.hashtags(List.of("Hậu Giang", "hau giang", "Đồng bằng sông Cửu Long", "  ", "!!")))
                .containsExactly("#haugiang", "#dongbangsongcuulong");
    }

    @Test
    void cutEndsOnAWordWithAnEllipsis() {
        assertThat(SocialText.cut("Cần Thơ và Hậu Giang hợp tác", 15)).as("14 characters and the ellipsis").isEqualTo("Cần Thơ và Hậu…");
    }

    @Test
    void cutNeverEndsInsideAWord() {
        assertThat(SocialText.cut("Cần Thơ và Hậu Giang hợp tác", 13)).isEqualTo("Cần Thơ và…");
    }

    @Test
    void cutNormalisesToNfcAndNeverSplitsACombiningSequence() {
        String nfd = Normalizer.normalize("Nghịêêêêêêêêêê", Normalizer.Form.NFD) + "\u0301\u0301";
        String cut = SocialText.cut(nfd, 6);
        assertThat(cut).endsWith("…");
        assertThat(Character.getType(cut.charAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        String body = cut.substring(0, cut.length() - 1);
        assertThat(Normalizer.normalize(body, Normalizer.Form.NFC)).isEqualTo(body);
        assertThat(nfd.startsWith(Normalizer.normalize(body, Normalizer.Form.NFD))).isTrue();
        assertThat(cut.length()).isLessThanOrEqualTo(6);
    }

    @Test
    void shortTextIsKeptAsIsInNfc() {
        assertThat(SocialText.cut(Normalizer.normalize("Hậu Giang", Normalizer.Form.NFD), 100)).isEqualTo("Hậu Giang");
    }

    @Test
    void youTubeTitleAndDescriptionStayWithinLimitsAndLeaveRoomForTheMarker() {
        String headline = "Tiêu đề <rất> dài ".repeat(20);
        String standfirst = "Đoạn mở đầu tiếng Việt có dấu ".repeat(400);

        SocialText.ChannelText text = SocialText.forYouTube(headline, standfirst, LINK, List.of("Hậu Giang"));

        assertThat(text.title()).hasSizeLessThanOrEqualTo(100).doesNotContain("<", ">").endsWith("…");
        assertThat(text.text().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(5_000 - SocialPost.MARKER_RESERVE);
        assertThat(text.text()).contains(LINK.toString()).endsWith("#haugiang");
        assertThat(text.tags()).containsExactly("Hậu Giang");
    }

    @Test
    void zaloTitleAndDescriptionRespectTheArticleLimits() {
        SocialText.ChannelText text = SocialText.forZalo("Tiêu đề ".repeat(40), "Mô tả ".repeat(100), LINK, List.of());

        assertThat(text.title()).hasSizeLessThanOrEqualTo(150);
        assertThat(text.text()).hasSizeLessThanOrEqualTo(300).endsWith("…");
    }

    @Test
    void facebookMessageHasHeadlineStandfirstHashtagsAndLink() {
        SocialText.ChannelText text = SocialText.forFacebook("Tin nóng", "Tóm tắt", LINK, List.of("Hậu Giang"));

        assertThat(text.text()).isEqualTo("Tin nóng\n\nTóm tắt\n\n#haugiang\n\nhttps://haugiang.example/tin/1");
    }

    @Test
    void markerIsShortAlphanumericAndDiffersPerVersion() {
        String v1 = SocialPost.markerFor("3F9A1C2B-7D4E-4C1A-9B2E-000000000001", 1);

        assertThat(v1).isEqualTo("#hg3f9a1c2b7d4ev1").isNotEqualTo(SocialPost.markerFor("3f9a1c2b-7d4e", 12));
    }
}
