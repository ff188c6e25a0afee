package vn.haugiang.newsroom.indexer.report;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report as one table with Vietnamese labels, shared by the CSV and the XLSX export: a header
 * row, then per unit one row per task it leads or published under and a total row ("Tổng cộng")
 * with its outputs (a publication with two tasks once), items and failed deliveries; cells are strings or longs (null: empty).
 */
final class ReportTable {

    static final List<String> HEADER = List.of("Mã đơn vị", "Đơn vị", "Mã nhiệm vụ", "Nhiệm vụ", "Chủ trì",
            "Trang thông tin điện tử", "Mạng xã hội", "Phát thanh, truyền hình", "Tổng lượt đăng, phát",
            "Số tin, bài, chương trình", "Lượt đăng, phát lỗi", "Chỉ tiêu tối thiểu", "Đánh giá");

    static final String TOTAL = "Tổng cộng";
    static final String NO_TASK = "Không gắn nhiệm vụ";
    static final String MET = "Đạt";
    static final String NOT_MET = "Chưa đạt";

    private ReportTable() {
    }

    static List<List<@Nullable Object>> rows(YearlyReport report) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (YearlyReport.Unit unit : report.units()) {
            for (YearlyReport.TaskRow task : unit.tasks()) {
                String title = report.tasks().stream().filter(t -> t.code().equals(task.planTask()))
                        .map(YearlyReport.Task::title).findFirst().orElse(NO_TASK);
                rows.add(row(unit.unit(), unit.unitName(), task.planTask(), title, task.lead() ? "x" : null,
                        task.web(), task.social(), task.broadcast(), task.outputs(), task.items(), null,
                        task.minimum(), task.met() == null ? null : task.met() ? MET : NOT_MET));
            }
            rows.add(row(unit.unit(), unit.unitName(), null, TOTAL, null, unit.web(), unit.social(),
                    unit.broadcast(), unit.outputs(), unit.items(), unit.failedDeliveries(), null, null));
        }
        return rows;
    }

    private static List<@Nullable Object> row(@Nullable Object... cells) {
        List<@Nullable Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }
}
