package vn.haugiang.newsroom.indexer.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.newsroom.indexer.access.Caller;
import vn.haugiang.newsroom.indexer.count.BadParameterException;

/**
 * {@code GET /api/reports/yearly?year=2026&format=json|csv|xlsx&from=&to=}: the {@link YearlyReport}.
 * {@code year} defaults to the current reporting year (Asia/Ho_Chi_Minh), the period to 1 December
 * of the year before – 30 November; {@code from}/{@code to} (YYYY-MM-DD, inclusive) override it.
 * JSON is the record; CSV (UTF-8 with BOM) and XLSX are {@link ReportTable}, as attachments named
 * {@code bao-cao-attt-<year>.csv|xlsx}. ANALYST and SYSTEM_ADMIN get every unit, other roles their
 * own unit. Bad input: 400 problem+json with {@code field}.
 */
@RestController
class YearlyReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    private final YearlyReports reports;

    YearlyReportController(YearlyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/yearly")
    ResponseEntity<?> yearly(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        int reportingYear = year != null ? year : LocalDate.now(LOCAL).plusMonths(1).getYear();
        if (reportingYear < 2000 || reportingYear > 2100) {
            throw new BadParameterException("year", "year must be between 2000 and 2100");
        }
        LocalDate first = BadParameterException.date("from", from);
        LocalDate last = BadParameterException.date("to", to);
        first = first != null ? first : LocalDate.of(reportingYear - 1, 12, 1);
        last = last != null ? last : LocalDate.of(reportingYear, 11, 30);
        if (first.isAfter(last)) {
            throw new BadParameterException("from", "from " + first + " is after to " + last);
        }
        Caller caller = Caller.of(jwt);
        List<String> units = caller.seesAllUnits() ? List.of() : List.of(caller.ownUnit());
        YearlyReport report = reports.report(reportingYear, first, last, units);
        String name = "bao-cao-attt-" + reportingYear;
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(report);
            case "csv" -> attachment(ReportExports.csv(report), CSV, name + ".csv");
            case "xlsx" -> attachment(ReportExports.xlsx(report), XLSX, name + ".xlsx");
            default -> throw new BadParameterException("format", "format must be json, csv or xlsx");
        };
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badRequest(BadParameterException e) {
        return e.problem();
    }
}
