package vn.haugiang.newsroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.newsroom.demo.ExpectedOutputCounts.Row;

/** The demo test's own arithmetic, on the shipped bundle, against numbers worked out by hand from its files. */
class ExpectedOutputCountsTests {

    static final String BAO = "Báo Hậu Giang";
    static final String DAI = "Đài Phát thanh và Truyền hình Hậu Giang";

    @Test
    void theShippedBundleCountsArchivedItemsInTheirOwnYearAndAiredSlotsAsBroadcast() throws Exception {
        List<Row> rows = ExpectedOutputCounts.of(DemoRunTests.REPO.resolve("demo"), Instant.parse("2026-11-29T12:00:00Z"));

        // 03 (2025-05-01) and 04 (2024-12-15, so reporting year 2025) on the web, NV1.đ; 03 also on Facebook.
        assertThat(rows).contains(new Row(BAO, "web", "web-bao-hau-giang", "article", "NV1.đ", 2025, 2, 2),
                new Row(BAO, "social", "facebook-bao-hau-giang", "article", "NV1.đ", 2025, 1, 1),
                new Row(DAI, "social", "youtube-hgtv", "video_clip", "NV1.b", 2025, 1, 1));
        // 2026 web articles of Báo Hậu Giang under NV1.đ: 01, 02, 07, 08; 02 also under NV1.a with 05.
        assertThat(rows).contains(new Row(BAO, "web", "web-bao-hau-giang", "article", "NV1.đ", 2026, 4, 4),
                new Row(BAO, "web", "web-bao-hau-giang", "article", "NV1.a", 2026, 2, 2),
                new Row(BAO, "web", "web-bao-hau-giang", "photo_story", "NV1.b", 2026, 1, 1),
                new Row(BAO, "social", "zalo-bao-hau-giang", "photo_story", "NV1.b", 2026, 1, 1));
        // 09 is a talk show with three plan tasks: a programme segment on YouTube and the web under each; hgtv is no output.
        for (String task : List.of("NV1.a", "NV1.b", "NV1.c")) {
            assertThat(rows).contains(new Row(DAI, "social", "youtube-hgtv", "programme_segment", task, 2026, 1, 1));
        }
        assertThat(rows).noneMatch(r -> r.channel().equals("hg-radio"));
        // The 36 programmes of 28 November 2026 have all ended by the 29th.
        assertThat(rows).contains(new Row(DAI, "broadcast", "hgtv", null, null, 2026, 36, 0));
        assertThat(rows.stream().filter(r -> r.channelKind().equals("web")).mapToLong(Row::outputs).sum())
                .as("12 items on the web, 02 twice and 09 three times by plan task").isEqualTo(12 - 1 + 1 + 2);
    }

    @Test
    void decemberCountsInTheNextReportingYear() {
        assertThat(ExpectedOutputCounts.reportingYear(Instant.parse("2026-11-30T16:59:59Z"))).isEqualTo(2026);
        assertThat(ExpectedOutputCounts.reportingYear(Instant.parse("2026-11-30T17:00:00Z"))).isEqualTo(2027);
    }
}
