package vn.haugiang.newsroom.indexer.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.newsroom.indexer.access.Caller;

/**
 * {@code GET /api/output-counts?groupBy=unit,channelKind,channel,contentType,planTask,column,reportingYear
 * &interval=day|week|month|quarter|year&from=YYYY-MM-DD&to=YYYY-MM-DD&unit=...}: exact counts of
 * publications ({@code outputs}) and distinct items, shaped as {@link OutputCountResult}:
 * <pre>{"rows": [{"unit": "bao-hau-giang", "unitName": "Báo Hậu Giang", "planTask": "NV1.a",
 *   "period": "2026-05", "outputs": 4, "items": 1}], "totals": {"outputs": 4, "items": 1}}</pre>
 * Every parameter is optional; dates are local days in Asia/Ho_Chi_Minh, both inclusive.
 * ANALYST and SYSTEM_ADMIN count every unit; other roles their own unit only (403 when
 * {@code unit} names another). Bad input: 400 problem+json with {@code field}.
 */
@RestController
class OutputCountController {

    private final OutputCounts counts;

    OutputCountController(OutputCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/api/output-counts")
    OutputCountResult count(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "") List<String> groupBy,
            @RequestParam(required = false) @Nullable String interval,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "") List<String> unit) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String key : groupBy) {
            if (!key.isBlank()) {
                dimensions.add(Dimension.byKey(key.strip()).orElseThrow(() -> new BadParameterException("groupBy",
                        "unknown groupBy key " + key + "; use unit, channelKind, channel, contentType, planTask, column, reportingYear")));
            }
        }
        Interval period = interval == null || interval.isBlank() ? null : Interval.byName(interval).orElseThrow(
                () -> new BadParameterException("interval", "interval must be day, week, month, quarter or year"));
        LocalDate first = BadParameterException.date("from", from);
        LocalDate last = BadParameterException.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadParameterException("from", "from " + first + " is after to " + last);
        }
        List<String> units = unit.stream().filter(u -> !u.isBlank()).toList();
        Caller caller = Caller.of(jwt);
        if (!caller.seesAllUnits()) {
            units = caller.onlyOwnUnit(units);
        }
        return counts.count(new OutputCountQuery(dimensions, period, first, last, units, List.of(), null));
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badRequest(BadParameterException e) {
        return e.problem();
    }
}
