package vn.haugiang.newsroom.cms.column;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;

/** A refused column operation as RFC 9457 problem+json, naming the field at fault. */
final class ColumnException extends ErrorResponseException {

    ColumnException(HttpStatus status, String detail, @Nullable String field) {
        super(status, Problems.of(status, status.getReasonPhrase(), detail, field), null);
    }

}
