package vn.haugiang.newsroom.indexer.report;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The yearly report over a reporting period (by default 1 December of the previous year to
 * 30 November, local days in Asia/Ho_Chi_Minh, both inclusive).
 *
 * @param year the reporting year (the year of the closing 30 November)
 * @param tasks the plan's tasks in the plan's order
 * @param units one entry per unit that leads a task, published anything or had a failed delivery
 *     in the period (only the caller's own unit for unit roles), by unit name
 * @param totals over the units listed
 */
public record YearlyReport(int year, LocalDate from, LocalDate to, List<Task> tasks, List<Unit> units, Totals totals) {

    /**
     * A plan task.
     *
     * @param cadence {@code continuous} (thường xuyên) or {@code yearly} (hàng năm)
     * @param minimum the plan's explicit yearly minimum, or null
     * @param leadUnits ids of the units that lead it
     */
    public record Task(String code, String title, String cadence, @Nullable String minimum, List<String> leadUnits) {
    }

    /**
     * One unit's year.
     *
     * @param web outputs on web channels; {@code social} on Facebook, YouTube, Zalo; {@code broadcast} airings
     * @param outputs publications (a publication with two plan tasks counts once here)
     * @param items distinct items published
     * @param failedDeliveries deliveries of the unit's items that failed for good
     *     ({@code failed_permanent}) and were due in the period
     * @param tasks one row per task the unit leads or published under, plus planTask null for
     *     outputs linked to no task
     */
    public record Unit(String unit, String unitName, long web, long social, long broadcast, long outputs, long items, long failedDeliveries,
            List<TaskRow> tasks) {
    }

    /**
     * A unit's output under one task.
     *
     * @param web outputs on web channels; {@code social} on Facebook, YouTube, Zalo; {@code broadcast} airings
     * @param minimum the task's minimum, or null when it has none
     * @param met whether the unit met it (null when there is no minimum): at least one output under
     *     the task in the period, which for NV1.c must be a live airing
     */
    public record TaskRow(@Nullable String planTask, boolean lead, long web, long social, long broadcast,
            long outputs, long items, @Nullable String minimum, @Nullable Boolean met) {
    }

    public record Totals(long outputs, long items, long failedDeliveries) {
    }
}
