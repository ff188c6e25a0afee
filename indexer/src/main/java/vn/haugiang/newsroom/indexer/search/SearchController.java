package vn.haugiang.newsroom.indexer.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.newsroom.indexer.access.Caller;

/**
 * {@code GET /api/search}: read-only search over items, with a bearer token. Unit roles (REPORTER,
 * EDITOR, EDITOR_IN_CHIEF, PRODUCER, UNIT_ADMIN) search their own unit's items in every state (a
 * {@code unit} parameter naming another unit is refused with 403); ANALYST and SYSTEM_ADMIN search every
 * unit's published output (states published and corrected).
 *
 * <p>{@code from}/{@code to} take an ISO-8601 instant or a date; a date is a day in
 * Asia/Ho_Chi_Minh and {@code to} includes that whole day.
 */
@RestController
class SearchController {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Published output: what the analyst searches, and everyone when {@code published-only} is set. */
    static final List<String> PUBLISHED = List.of("published", "corrected");

    private final ContentSearch search;
    private final boolean publishedOnly;

    /**
     * @param publishedOnly {@code newsroom.search.published-only} (default false): restrict every
     *     caller to published and corrected items, over and above the role rules
     */
    SearchController(ContentSearch search, @Value("${newsroom.search.published-only:false}") boolean publishedOnly) {
        this.search = search;
        this.publishedOnly = publishedOnly;
    }

    @GetMapping("/api/search")
    SearchResult search(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "") List<String> unit,
            @RequestParam(defaultValue = "") List<String> type,
            @RequestParam(defaultValue = "") List<String> state,
            @RequestParam(defaultValue = "") List<String> planTask,
            @RequestParam(defaultValue = "") List<String> column,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(required = false) @Nullable String searchAfter,
            @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.of(jwt);
        List<String> units = present(unit);
        if (!caller.seesAllUnits()) {
            units = caller.onlyOwnUnit(units);
        }
        List<String> states = present(state);
        if (publishedOnly || caller.seesAllUnits()) {
            states = states.isEmpty() ? PUBLISHED : states.stream().filter(PUBLISHED::contains).toList();
            if (states.isEmpty()) {
                throw new IllegalArgumentException("only published output can be searched here: state must be one of " + PUBLISHED);
            }
        }
        return search.search(new ContentQuery(q, units, present(type), states, present(planTask),
                present(column), instant(from, false), instant(to, true),
                ContentQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), searchAfter, size));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static List<String> present(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static @Nullable Instant instant(@Nullable String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(LOCAL).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an instant or a date: " + value, e);
            }
        }
    }
}
