package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

class JsonEpgTests {

    private static final EpgChannel HGTV = new EpgChannel("HGTV", "Truyền hình Hậu Giang", "vi");

    private final JsonEpg json = new JsonEpg();

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static EpgProgramme slot(String start, String stop, String title) {
        return EpgProgramme.of("HGTV", at(start), at(stop), title, "vi");
    }

    private DocumentContext day(LocalDate date, List<EpgProgramme> programmes) {
        return JsonPath.parse(json.toJson(json.day(HGTV, date, programmes)));
    }

    @Test
    void dayHasTheDocumentedShape() {
        EpgProgramme news = slot("2026-05-01T19:00+07:00", "2026-05-01T19:45+07:00", "Thời sự")
                .withTexts("Số 120", "Tin trong ngày")
                .withCategory("Tin tức", "T13")
                .withLive(true)
                .withRepeatOf(new EpgProgramme.RepeatOf("HGTV", at("2026-04-30T19:00+07:00")));

        DocumentContext document = day(LocalDate.of(2026, 5, 1), List.of(news));

        assertThat(document.<Map<String, Object>>read("$.channel"))
                .isEqualTo(Map.of("id", "HGTV", "displayName", "Truyền hình Hậu Giang", "lang", "vi"));
        assertThat(document.<String>read("$.date")).isEqualTo("2026-05-01");
        assertThat(document.<String>read("$.timeZone")).isEqualTo("Asia/Ho_Chi_Minh");
        Map<String, Object> programme = document.read("$.programmes[0]");
        assertThat(programme).containsEntry("start", "2026-05-01T19:00:00+07:00")
                .containsEntry("stop", "2026-05-01T19:45:00+07:00")
                .containsEntry("title", "Thời sự")
                .containsEntry("lang", "vi")
                .containsEntry("subTitle", "Số 120")
                .containsEntry("description", "Tin trong ngày")
                .containsEntry("category", "Tin tức")
                .containsEntry("rating", "T13")
                .containsEntry("live", true)
                .containsEntry("repeatOf", Map.of("channelId", "HGTV", "start", "2026-04-30T19:00:00+07:00"));
    }

    @Test
    void unknownValuesAreLeftOutAndLiveIsAlwaysThere() {
        DocumentContext document = day(LocalDate.of(2026, 5, 1),
                List.of(slot("2026-05-01T19:00+07:00", "2026-05-01T19:45+07:00", "Thời sự")));

        assertThat(document.<Map<String, Object>>read("$.programmes[0]")).containsOnlyKeys("start", "stop", "title",
                "lang", "live");
    }

    @Test
    void programmeCrossingMidnightIsWholeInBothDays() {
        EpgProgramme late = slot("2026-05-01T23:30+07:00", "2026-05-02T00:30+07:00", "Bản tin cuối ngày");
        EpgProgramme other = EpgProgramme.of("HGR", at("2026-05-01T23:30+07:00"), at("2026-05-02T00:30+07:00"), "Radio",
                "vi");

        for (LocalDate date : List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2))) {
            DocumentContext document = day(date, List.of(late, other));
            assertThat(document.<List<String>>read("$.programmes[*].title")).containsExactly("Bản tin cuối ngày");
            assertThat(document.<String>read("$.programmes[0].start")).isEqualTo("2026-05-01T23:30:00+07:00");
            assertThat(document.<String>read("$.programmes[0].stop")).isEqualTo("2026-05-02T00:30:00+07:00");
        }
        assertThat(day(LocalDate.of(2026, 5, 3), List.of(late)).<List<?>>read("$.programmes")).isEmpty();
    }

    @Test
    void textIsEscapedAsJsonRequires() throws Exception {
        String title = "Ca nhạc \"Dòng sông quê\" \\ Tây Đô \u2028 tab\tend";
        StringWriter out = new StringWriter();

        json.write(json.day(HGTV, LocalDate.of(2026, 5, 1),
                List.of(slot("2026-05-01T20:00+07:00", "2026-05-01T21:00+07:00", title))), out);

        assertThat(out.toString()).contains("\\\"Dòng sông quê\\\" \\\\ Tây Đô");
        assertThat(JsonPath.parse(out.toString()).<String>read("$.programmes[0].title"))
                .isEqualTo("Ca nhạc \"Dòng sông quê\" \\ Tây Đô tab end"); // U+2028 and tab are whitespace runs
    }
}
