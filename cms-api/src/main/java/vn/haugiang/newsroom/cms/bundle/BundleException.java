package vn.haugiang.newsroom.cms.bundle;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A bundle that cannot be imported at all (a refused item is not an exception but a line of the report). */
public final class BundleException extends ErrorResponseException {

    private BundleException(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    static BundleException invalid(String detail) {
        return new BundleException(HttpStatus.BAD_REQUEST, detail);
    }

    static BundleException unavailable(String detail) {
        return new BundleException(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }
}
