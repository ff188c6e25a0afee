package vn.haugiang.newsroom.cms.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.haugiang.newsroom.model.ContentType;

class NinjsMapperTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final NinjsMapper MAPPER = new NinjsMapper(Map.of(
            "bao-hau-giang", "Báo Hậu Giang",
            "dai-pt-th-hau-giang", "Đài Phát thanh và Truyền hình Hậu Giang"));

    static ObjectNode demo(String file) throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("../demo/items", file).toFile());
    }

    @Test
    void aLivestreamedTalkShowVideoBecomesAProgrammeSegmentOfTheBroadcaster() throws IOException {
        MappedItem item = MAPPER.map(demo("09-toa-dam-tan-cong-mang.json"));

        assertThat(item.uri()).isEqualTo("urn:newsroom:dai-pt-th-hau-giang:demo:danes-789817");
        assertThat(item.unitId()).isEqualTo("dai-pt-th-hau-giang");
        assertThat(item.type()).isEqualTo(ContentType.PROGRAMME_SEGMENT);
        assertThat(item.genre()).isEqualTo("talk_show");
        assertThat(item.headline())
                .isEqualTo("Có gì ở talkshow “Tấn công mạng và giải pháp bảo mật hiệu quả trong ngành CCTV”?");
        assertThat(item.standfirst()).startsWith("Qua việc các đơn vị truyền thông đã đăng tải việc lỗ hổng bảo mật");
        assertThat(item.body()).isEqualTo("<p>" + item.standfirst() + "</p>");
        assertThat(item.planTasks()).containsExactly("NV1.a", "NV1.b", "NV1.c");
        assertThat(item.columnSlug()).isNull();
        assertThat(item.mediaPaths()).containsExactly("media/testMP4Video.mp4");
        assertThat(item.firstCreated()).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(item.language()).isEqualTo("vi");
        assertThat(item.slug()).isEqualTo("co-gi-o-talkshow-tan-cong-mang-va-giai-phap-bao-mat-hieu-qua-trong-nganh-cctv-"
                + NinjsMapper.uriKey(item.uri()));
    }

    @Test
    void aNinjs22TextItemBecomesAnArticleInItsColumnWithItsPlainBodyInParagraphs() throws IOException {
        MappedItem item = MAPPER.map(demo("02-facebook-ao-lua-dao.json"));

        assertThat(item.type()).isEqualTo(ContentType.ARTICLE);
        assertThat(item.genre()).isNull();
        assertThat(item.unitId()).isEqualTo("bao-hau-giang");
        assertThat(item.columnSlug()).isEqualTo("an-toan-thong-tin");
        assertThat(item.columnName()).isEqualTo("An toàn thông tin");
        assertThat(item.planTasks()).containsExactly("NV1.đ", "NV1.a");
        assertThat(item.body()).startsWith("<p>Nghi phạm chỉ mới 18 tuổi").contains("</p><p>Trước đó tháng 1-2015")
                .endsWith("trong một vụ án khác.</p>");
        assertThat(item.firstCreated()).isEqualTo(Instant.parse("2026-11-21T02:15:00Z"));
        assertThat(item.mediaPaths()).isEmpty();
    }

    @Test
    void htmlBodyWinsOverPlainAndTheMainHeadlineOverTheFirst() throws IOException {
        ObjectNode node = demo("01-canh-giac-tin-nhan-thuong-hieu.json");
        node.withArray("headlines").insertObject(0).put("role", "sub").put("value", "Phụ đề");
        node.withArray("bodies").insertObject(0).put("contentType", "text/plain").put("value", "thô");

        MappedItem item = MAPPER.map(node);

        assertThat(item.headline()).isEqualTo("Cảnh giác với thủ đoạn giả mạo tin nhắn thương hiệu");
        assertThat(item.body()).startsWith("<p>Cục Cạnh tranh và Bảo vệ người tiêu dùng");
        assertThat(item.type()).isEqualTo(ContentType.ARTICLE);
        assertThat(item.mediaPaths()).containsExactly("media/testJPEG_EXIF.jpg");
    }

    @Test
    void theUnitIsMatchedOnTheNfcNameWhateverTheCaseAndNormalisationForm() throws IOException {
        ObjectNode node = demo("06-anh-so-tay-dien-tu-covid.json");
        node.put("copyrightHolder", java.text.Normalizer.normalize("BÁO HẬU GIANG", java.text.Normalizer.Form.NFD));

        MappedItem item = MAPPER.map(node);

        assertThat(item.unitId()).isEqualTo("bao-hau-giang");
        assertThat(item.type()).isEqualTo(ContentType.PHOTO_STORY);
    }

    @Test
    void anItemOfAnUnknownUnitIsRefusedWithItsCopyrightHolder() throws IOException {
        ObjectNode node = demo("01-canh-giac-tin-nhan-thuong-hieu.json");
        node.put("copyrightHolder", "Báo Cần Thơ");

        assertThatThrownBy(() -> MAPPER.map(node)).isInstanceOf(NinjsMappingException.class)
                .hasMessageContaining("Báo Cần Thơ");
    }

    @Test
    void onlyRelativeRenditionHrefsAreMedia() throws IOException {
        ObjectNode node = demo("01-canh-giac-tin-nhan-thuong-hieu.json");
        node.withArray("renditions").addObject().put("name", "remote").put("href", "https://example.org/a.jpg");

        assertThat(MAPPER.map(node).mediaPaths()).containsExactly("media/testJPEG_EXIF.jpg");
    }
}
