package vn.haugiang.newsroom.publisher.channel.social;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request to the channel and social-text API, answered as RFC 9457 problem+json with {@code field}, the
 * input at fault, where there is one (the shape of cms-api's {@code Problems}).
 */
final class SocialApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;

    SocialApiProblem(HttpStatus status, String title, String detail, @Nullable String field) {
        super(detail);
        this.problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
    }

    static SocialApiProblem notFound(String what) {
        return new SocialApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " does not exist", null);
    }

    static SocialApiProblem invalid(String field, String detail) {
        return new SocialApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid " + field, detail, field);
    }

    @RestControllerAdvice(assignableTypes = {ChannelAdminController.class, SocialTextController.class})
    static class Handler {

        @ExceptionHandler(SocialApiProblem.class)
        ResponseEntity<ProblemDetail> problem(SocialApiProblem e) {
            return ResponseEntity.status(e.problem.getStatus()).body(e.problem);
        }
    }
}
