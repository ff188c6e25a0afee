package vn.haugiang.newsroom.publisher.job;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.publisher.Problems;

/** A refused publish-runs API request, rendered as RFC 9457 problem+json ({@code field} where one is at fault). */
final class RunProblem extends ErrorResponseException {

    private RunProblem(HttpStatus status, String title, String detail, @Nullable String field) {
        super(status, Problems.of(status, title, detail, field), null);
    }

    static RunProblem notFound(long id) {
        return new RunProblem(HttpStatus.NOT_FOUND, "Run not found", "No publish run " + id + ".", null);
    }

    static RunProblem notRestartable(long id, BatchStatus status) {
        return notRestartable(id, status, "only FAILED and STOPPED runs can be restarted");
    }

    static RunProblem notRestartable(long id, BatchStatus status, @Nullable String why) {
        var problem = new RunProblem(HttpStatus.CONFLICT, "Run cannot be restarted",
                "Publish run " + id + " is " + status + ": " + why + ".", null);
        problem.getBody().setProperty("currentStatus", status.name());
        return problem;
    }

    static RunProblem maybeRunningElsewhere(long id, BatchStatus status) {
        var problem = new RunProblem(HttpStatus.CONFLICT, "Run may still be running",
                "Publish run " + id + " is " + status + " and not running in this instance: it may be running on "
                        + "another one. If its process is gone, restart it with {\"abandoned\": true}.", "abandoned");
        problem.getBody().setProperty("currentStatus", status.name());
        return problem;
    }

    static RunProblem invalid(String detail, String field) {
        return new RunProblem(HttpStatus.BAD_REQUEST, "Invalid value", detail, field);
    }
}
