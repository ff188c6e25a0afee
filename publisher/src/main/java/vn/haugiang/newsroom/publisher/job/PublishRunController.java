package vn.haugiang.newsroom.publisher.job;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.newsroom.publisher.access.Caller;

/**
 * The publish job's API (JSON; errors as RFC 9457 problem+json with {@code field}):
 *
 * <ul>
 * <li>{@code POST /api/publish/run}: runs the job once, synchronously (plans new outbox events,
 * then sends everything due), and answers with the finished {@link PublishRun}. A caller within a
 * unit (a UNIT_ADMIN, token claim {@code unit}) sends only the due deliveries of their unit's items to
 * their unit's channels; a SYSTEM_ADMIN's run, like the scheduled one, sends every unit's.</li>
 * <li>{@code GET /api/publish/runs?cursor=&limit=} → {@code {runs: [...], nextCursor}}, newest
 * first; {@code limit} 1–100, default 20.</li>
 * <li>{@code GET /api/publish/runs/{id}}: one run with its step counts.</li>
 * <li>{@code POST /api/publish/runs/{id}/restart}, optional body {@code {"abandoned": true}}:
 * restarts a FAILED or STOPPED run synchronously (or, with {@code abandoned}, one still marked
 * running whose process died) and answers with the new execution. A caller within a unit restarts
 * only runs of their unit (others are 404): a restart keeps the run's scope.</li>
 * </ul>
 *
 * Who may call what is the security configuration's business (package {@code access}). Within that,
 * a caller sees (lists, reads, restarts) the runs of their unit scope ({@link Caller#unitScope()}): a
 * caller within a unit (UNIT_ADMIN, EDITOR, EDITOR_IN_CHIEF, PRODUCER) only the runs with job parameter
 * {@code unit} = their unit, SYSTEM_ADMIN and ANALYST every run, the unscoped ones (scheduled, a
 * SYSTEM_ADMIN's) included, as with deliveries. Another scope's run is 404, as a missing one.
 */
@RestController
@Tag(name = "publish runs", description = "The publish job: run it now, list and read its runs with their step "
        + "counts, restart a failed one.")
class PublishRunController {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final PublishRuns runs;

    PublishRunController(PublishRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/api/publish/run")
    PublishRun run(@AuthenticationPrincipal Jwt caller) {
        return PublishRun.of(runs.runFor(Caller.of(caller).unitScope()));
    }

    @GetMapping("/api/publish/runs")
    @ApiResponse(responseCode = "200", description = "A page of runs, newest first.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A bad cursor or limit (field says which).")
    RunPage list(@AuthenticationPrincipal Jwt caller, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw RunProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ".", "limit");
        }
        List<JobExecution> page =
                runs.list(Caller.of(caller).unitScope(), cursor == null ? null : id(cursor, "cursor"), size + 1);
        List<PublishRun> shown = page.stream().limit(size).map(PublishRun::of).toList();
        return new RunPage(shown, page.size() > size ? Long.toString(shown.get(shown.size() - 1).id()) : null);
    }

    @GetMapping("/api/publish/runs/{id}")
    @ApiResponse(responseCode = "200", description = "The run with its step counts.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a run id.")
    @ApiResponse(responseCode = "404", description = "No such run, or one outside the caller's unit scope.")
    PublishRun get(@AuthenticationPrincipal Jwt caller, @PathVariable String id) {
        long executionId = id(id, "id");
        return runs.execution(executionId, Caller.of(caller).unitScope()).map(PublishRun::of)
                .orElseThrow(() -> RunProblem.notFound(executionId));
    }

    @PostMapping("/api/publish/runs/{id}/restart")
    @ApiResponse(responseCode = "200", description = "The new execution, finished.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a run id.")
    @ApiResponse(responseCode = "404", description = "No such run, or one outside the caller's unit scope.")
    @ApiResponse(responseCode = "409", description = "Completed, running here, or marked running without "
            + "abandoned (currentStatus says which state).")
    PublishRun restart(@AuthenticationPrincipal Jwt caller, @PathVariable String id,
            @RequestBody(required = false) @Nullable RestartRequest request) {
        return PublishRun.of(runs.restart(id(id, "id"), request != null && Boolean.TRUE.equals(request.abandoned()),
                Caller.of(caller).unitScope()));
    }

    /**
     * @param abandoned the run is marked running but its process is gone (killed, crashed): mark it
     *                  failed, then restart it
     */
    record RestartRequest(@Nullable Boolean abandoned) {
    }

    /** A page of runs, newest first; {@code nextCursor} is null on the last page. */
    record RunPage(List<PublishRun> runs, @Nullable String nextCursor) {
    }

    private static long id(String value, String field) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw RunProblem.invalid("'" + value + "' is not a run id.", field);
        }
    }
}
