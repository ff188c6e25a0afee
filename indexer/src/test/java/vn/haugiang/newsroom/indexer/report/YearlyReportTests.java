package vn.haugiang.newsroom.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestPublications;
import vn.haugiang.newsroom.indexer.TestTokens;
import vn.haugiang.newsroom.indexer.indexing.PublicationIndexing;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * The 2026 report (1 Dec 2025 – 30 Nov 2026) of two units of their own: unit A leads NV1.c and
 * NV3.b, aired an NV1.c talk that was not live, published NV1.e training news on the web and
 * Facebook and had a delivery fail; unit B aired a live NV1.c talk.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyReportTests {

    static final String ALIAS = TestIndexes.uniqueAlias("report");
    static final String ANALYST = TestTokens.bearer("ANALYST", "so-tt-tt");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchClient elasticsearch;

    TestPublications a;
    TestPublications b;

    @BeforeAll
    void publish(@Autowired JdbcClient jdbc, @Autowired PublicationIndexing indexing) throws Exception {
        TestIndexes.startPublicationsAtNow(elasticsearch, jdbc, ALIAS);
        a = new TestPublications(jdbc, "ra");
        a.lead("NV1.c");
        a.lead("NV3.b");
        UUID talk = a.item("programme_segment", List.of("NV1.c"), null, "Tọa đàm an toàn thông tin");
        a.slot(talk, Instant.parse("2026-01-15T13:00:00Z"), 45, false, "toa-dam");
        UUID training = a.item("article", List.of("NV1.e", "NV1.đ"), null, "Tập huấn phóng viên");
        a.delivery(training, 1, a.web(), "delivered", Instant.parse("2025-11-30T17:10:00Z")); // 1 Dec 2025 local
        a.delivery(training, 1, a.facebook(), "delivered", Instant.parse("2026-02-01T03:00:00Z"));
        a.delivery(training, 1, a.zalo(), "failed_permanent", Instant.parse("2026-02-01T03:00:00Z"));
        UUID before = a.item("article", List.of("NV1.e"), null, "Ngoài kỳ báo cáo");
        a.delivery(before, 1, a.web(), "delivered", Instant.parse("2025-11-30T16:50:00Z")); // 30 Nov 2025 local
        b = new TestPublications(jdbc, "rb");
        b.lead("NV1.c");
        UUID live = b.item("programme_segment", List.of("NV1.c"), null, "Giao lưu trực tiếp với chuyên gia");
        b.slot(live, Instant.parse("2026-06-01T12:00:00Z"), 60, true, "toa-dam");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(TestIndexes.publicationsAlias(ALIAS)));
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void jsonGivesOutputsByTaskAndChannelKindItemsFailuresAndMinimums() throws Exception {
        String unitA = "$.units[?(@.unit == '" + a.unit() + "')]";
        mvc.perform(get("/api/reports/yearly").param("year", "2026").header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-12-01"))
                .andExpect(jsonPath("$.to").value("2026-11-30"))
                .andExpect(jsonPath("$.tasks.length()").value(12))
                .andExpect(jsonPath("$.tasks[2].code").value("NV1.c"))
                .andExpect(jsonPath(unitA + ".outputs").value(3))
                .andExpect(jsonPath(unitA + ".items").value(2))
                .andExpect(jsonPath(unitA + ".web").value(1))
                .andExpect(jsonPath(unitA + ".social").value(1))
                .andExpect(jsonPath(unitA + ".broadcast").value(1))
                .andExpect(jsonPath(unitA + ".failedDeliveries").value(1))
                .andExpect(jsonPath(unitA + ".tasks[?(@.planTask == 'NV1.c')].met").value(false))
                .andExpect(jsonPath(unitA + ".tasks[?(@.planTask == 'NV1.e')].met").value(true))
                .andExpect(jsonPath(unitA + ".tasks[?(@.planTask == 'NV1.e')].outputs").value(2))
                .andExpect(jsonPath(unitA + ".tasks[?(@.planTask == 'NV3.b')].met").value(false))
                .andExpect(jsonPath("$.units[?(@.unit == '" + b.unit() + "')].tasks[?(@.planTask == 'NV1.c')].met").value(true));
    }

    @Test
    void xlsxHasAVietnameseHeaderAndTheUnitsRows() throws Exception {
        byte[] body = mvc.perform(get("/api/reports/yearly").param("year", "2026").param("format", "xlsx")
                        .header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-attt-2026.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Năm 2026");
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < ReportTable.HEADER.size(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        assertUnitRows(rows);
    }

    @Test
    void csvStartsWithABomAndHasTheSameRows() throws Exception {
        byte[] body = mvc.perform(get("/api/reports/yearly").param("year", "2026").param("format", "csv")
                        .header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.EXCEL.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        assertUnitRows(rows);
    }

    @Test
    void aUnitRoleGetsItsOwnUnitOnly() throws Exception {
        mvc.perform(get("/api/reports/yearly").param("year", "2026")
                        .header("Authorization", TestTokens.bearer("UNIT_ADMIN", b.unit())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].unit").value(b.unit()))
                .andExpect(jsonPath("$.totals.outputs").value(1));
        mvc.perform(get("/api/reports/yearly").param("format", "pdf").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
    }

    /** Header, then unit A's rows: NV1.c not met, NV1.đ, NV1.e met, NV3.b not met, the total. */
    private void assertUnitRows(List<List<String>> rows) {
        assertThat(rows.get(0)).isEqualTo(ReportTable.HEADER);
        List<List<String>> unit = rows.stream().filter(r -> r.get(0).equals(a.unit())).toList();
        assertThat(unit).extracting(r -> r.get(2)).containsExactly("NV1.c", "NV1.đ", "NV1.e", "NV3.b", "");
        // code, task, lead, web, social, broadcast, outputs, items, failed, minimum, assessment
        assertThat(unit.get(0).subList(4, 11)).containsExactly("x", "0", "0", "1", "1", "1", "");
        assertThat(unit.get(0).get(12)).isEqualTo("Chưa đạt");
        assertThat(unit.get(0).get(11)).startsWith("Ít nhất 01 cuộc giao lưu");
        assertThat(unit.get(1).subList(4, 13)).containsExactly("", "1", "1", "0", "2", "1", "", "", "");
        assertThat(unit.get(2).get(12)).isEqualTo("Đạt");
        assertThat(unit.get(3).subList(4, 10)).containsExactly("x", "0", "0", "0", "0", "0");
        assertThat(unit.get(3).get(12)).isEqualTo("Chưa đạt");
        assertThat(unit.get(4).get(3)).isEqualTo("Tổng cộng");
        assertThat(unit.get(4).subList(5, 11)).containsExactly("1", "1", "1", "3", "2", "1");
        assertThat(unit.get(4).get(1)).isEqualTo("Đơn vị thử " + a.unit());
    }
}
