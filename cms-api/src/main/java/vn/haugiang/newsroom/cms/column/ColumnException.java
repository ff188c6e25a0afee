package vn.haugiang.newsroom.cms.column;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused column operation as RFC 9457 problem+json, naming the field at fault. */
final class ColumnException extends ErrorResponseException {

    ColumnException(HttpStatus status, String detail, @Nullable String field) {
        super(status, problem(status, detail, field), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, @Nullable String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
