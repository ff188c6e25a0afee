package vn.haugiang.newsroom.indexer.count;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to count.
 *
 * @param groupBy keys of each row, in any order (rows keep {@link Dimension}'s order); empty for totals only
 * @param interval the period of each row, or null for none
 * @param from first local day counted (Asia/Ho_Chi_Minh, inclusive), or null
 * @param to last local day counted (inclusive), or null
 * @param units count only these units (any of); empty for all
 * @param planTasks count only publications with one of these plan tasks; empty for all
 * @param live true: only live airings; null: all publications
 */
public record OutputCountQuery(List<Dimension> groupBy, @Nullable Interval interval, @Nullable LocalDate from,
        @Nullable LocalDate to, List<String> units, List<String> planTasks, @Nullable Boolean live) {

    public OutputCountQuery {
        groupBy = List.copyOf(groupBy);
        units = List.copyOf(units);
        planTasks = List.copyOf(planTasks);
    }

    public static OutputCountQuery of(List<Dimension> groupBy, @Nullable LocalDate from, @Nullable LocalDate to,
            List<String> units) {
        return new OutputCountQuery(groupBy, null, from, to, units, List.of(), null);
    }
}
