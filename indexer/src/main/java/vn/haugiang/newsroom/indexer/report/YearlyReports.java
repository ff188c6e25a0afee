package vn.haugiang.newsroom.indexer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.haugiang.newsroom.indexer.count.Dimension;
import vn.haugiang.newsroom.indexer.count.OutputCountQuery;
import vn.haugiang.newsroom.indexer.count.OutputCountResult;
import vn.haugiang.newsroom.indexer.count.OutputCounts;

/**
 * Builds the {@link YearlyReport}: outputs and items from the publications index (exact counts,
 * {@link OutputCounts}), tasks, lead units and failed deliveries from PostgreSQL (tables
 * plan_task, plan_task_lead, unit, delivery).
 *
 * <p>Minimums: plan_task.minimum holds the plan's wording of a yearly minimum (NV1.c, NV1.e,
 * NV3.b, NV3.c). A unit meets it when it has at least one output under the task in the period;
 * for NV1.c ("ít nhất 01 cuộc giao lưu, tọa đàm với chuyên gia ... được tường thuật trực tiếp")
 * that output must be a live airing.
 */
@Service
public class YearlyReports {

    /** Tasks whose minimum only a live airing meets. */
    static final Set<String> LIVE_MINIMUM = Set.of("NV1.c");

    private final OutputCounts counts;
    private final JdbcClient jdbc;

    YearlyReports(OutputCounts counts, JdbcClient jdbc) {
        this.counts = counts;
        this.jdbc = jdbc;
    }

    /**
     * @param from first local day of the period (inclusive), by default 1 December of {@code year - 1}
     * @param to last local day (inclusive), by default 30 November of {@code year}
     * @param units the units to report on; empty for every unit
     */
    public YearlyReport report(int year, LocalDate from, LocalDate to, List<String> units) {
        List<YearlyReport.Task> tasks = tasks();
        List<Map<String, Object>> byKind = counts.rows(OutputCountQuery.of(
                List.of(Dimension.UNIT, Dimension.PLAN_TASK, Dimension.CHANNEL_KIND), from, to, units));
        List<Map<String, Object>> byTask = counts.rows(OutputCountQuery.of(List.of(Dimension.UNIT, Dimension.PLAN_TASK), from, to, units));
        List<Map<String, Object>> byUnit = counts.rows(OutputCountQuery.of(List.of(Dimension.UNIT), from, to, units));
        List<Map<String, Object>> byUnitKind = counts.rows(
                OutputCountQuery.of(List.of(Dimension.UNIT, Dimension.CHANNEL_KIND), from, to, units));
        List<Map<String, Object>> live = counts.rows(new OutputCountQuery(List.of(Dimension.UNIT, Dimension.PLAN_TASK), null,
                from, to, units, List.copyOf(LIVE_MINIMUM), true));
        Map<String, Long> failed = failedDeliveries(from, to);
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM unit").query((rs, row) -> names.put(rs.getString("id"), rs.getString("name"))).list();

        Set<String> reported = new LinkedHashSet<>();
        tasks.forEach(task -> reported.addAll(task.leadUnits()));
        byUnit.forEach(row -> reported.add((String) row.get("unit")));
        reported.addAll(failed.keySet());
        if (!units.isEmpty()) {
            reported.retainAll(units);
        }
        List<YearlyReport.Unit> unitReports = new ArrayList<>();
        for (String unit : reported) {
            Map<String, Object> totals = byUnit.stream().filter(r -> unit.equals(r.get("unit"))).findFirst()
                    .orElse(Map.of());
            unitReports.add(new YearlyReport.Unit(unit, names.getOrDefault(unit, unit),
                    number(find(byUnitKind, unit, null, "web").get("outputs")),
                    number(find(byUnitKind, unit, null, "social").get("outputs")),
                    number(find(byUnitKind, unit, null, "broadcast").get("outputs")),
                    number(totals.get("outputs")),
                    number(totals.get("items")), failed.getOrDefault(unit, 0L),
                    taskRows(unit, tasks, byKind, byTask, live)));
        }
        unitReports.sort(Comparator.comparing(YearlyReport.Unit::unitName));
        OutputCountResult.Totals all = counts.totals(OutputCountQuery.of(List.of(), from, to, List.copyOf(reported)));
        long failedTotal = unitReports.stream().mapToLong(YearlyReport.Unit::failedDeliveries).sum();
        return new YearlyReport(year, from, to, tasks, unitReports,
                new YearlyReport.Totals(reported.isEmpty() ? 0 : all.outputs(), reported.isEmpty() ? 0 : all.items(),
                        failedTotal));
    }

    private static List<YearlyReport.TaskRow> taskRows(String unit, List<YearlyReport.Task> tasks,
            List<Map<String, Object>> byKind, List<Map<String, Object>> byTask, List<Map<String, Object>> live) {
        List<YearlyReport.TaskRow> rows = new ArrayList<>();
        List<@Nullable String> codes = new ArrayList<>(tasks.stream().map(YearlyReport.Task::code).toList());
        codes.add(null);
        for (String code : codes) {
            YearlyReport.Task task = tasks.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            boolean lead = task != null && task.leadUnits().contains(unit);
            Map<String, Object> cell = find(byTask, unit, code, null);
            long outputs = number(cell.get("outputs"));
            if (!lead && outputs == 0) {
                continue;
            }
            String minimum = task == null ? null : task.minimum();
            Boolean met = null;
            if (minimum != null) {
                long evidence = LIVE_MINIMUM.contains(code) ? number(find(live, unit, code, null).get("outputs")) : outputs;
                met = evidence > 0;
            }
            rows.add(new YearlyReport.TaskRow(code, lead,
                    number(find(byKind, unit, code, "web").get("outputs")),
                    number(find(byKind, unit, code, "social").get("outputs")),
                    number(find(byKind, unit, code, "broadcast").get("outputs")),
                    outputs, number(cell.get("items")), minimum, met));
        }
        return rows;
    }

    /** The row of {@code unit}, {@code task} and {@code kind}; a row without a key matches null. */
    private static Map<String, Object> find(List<Map<String, Object>> rows, String unit, @Nullable String task,
            @Nullable String kind) {
        return rows.stream()
                .filter(r -> unit.equals(r.get("unit")) && Objects.equals(task, r.get("planTask"))
                        && (kind == null || kind.equals(r.get("channelKind"))))
                .findFirst().orElse(Map.of());
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private List<YearlyReport.Task> tasks() {
        Map<String, List<String>> leads = new LinkedHashMap<>();
        jdbc.sql("SELECT task_code, unit_id FROM plan_task_lead ORDER BY task_code, unit_id")
                .query((rs, row) -> leads.computeIfAbsent(rs.getString("task_code"), k -> new ArrayList<>())
                        .add(rs.getString("unit_id")))
                .list();
        return jdbc.sql("SELECT code, title, cadence, minimum FROM plan_task ORDER BY position")
                .query((rs, row) -> new YearlyReport.Task(rs.getString("code"), rs.getString("title"),
                        rs.getString("cadence"), rs.getString("minimum"),
                        List.copyOf(leads.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    /**
     * Failed-for-good deliveries per unit of the item, due within the period (local days). A delivery the
     * publisher dropped because its item moved on ({@code superseded: …}: corrected, taken down) is not a
     * failure: the newer version has its own delivery.
     */
    private Map<String, Long> failedDeliveries(LocalDate from, LocalDate to) {
        Map<String, Long> failed = new HashMap<>();
        jdbc.sql("""
                SELECT i.unit_id, count(*) AS failed
                FROM delivery d JOIN item i ON i.id = d.item_id
                WHERE d.state = 'failed_permanent' AND coalesce(d.last_error, '') NOT LIKE 'superseded:%'
                  AND (d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN :from AND :to
                GROUP BY i.unit_id
                """).param("from", from).param("to", to)
                .query((rs, row) -> failed.put(rs.getString("unit_id"), rs.getLong("failed"))).list();
        return failed;
    }
}
