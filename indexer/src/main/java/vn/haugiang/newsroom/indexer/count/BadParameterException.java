package vn.haugiang.newsroom.indexer.count;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A query parameter that cannot be used: answered 400 problem+json with {@code field} = {@link #field()}. */
public class BadParameterException extends IllegalArgumentException {

    private final String field;

    public BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * A local date parameter (YYYY-MM-DD), null when absent or blank.
     *
     * @throws BadParameterException naming {@code field} when {@code value} is not a date
     */
    public static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, field + " must be a date YYYY-MM-DD, was " + value);
        }
    }

    /** The 400 problem+json answer, with {@code field}. */
    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, getMessage());
        problem.setProperty("field", field);
        return problem;
    }
}
