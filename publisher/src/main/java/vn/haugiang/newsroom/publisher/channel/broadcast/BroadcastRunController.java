package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.newsroom.publisher.access.Caller;
import vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing.BroadcastRun;
import vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing.UnknownChannelException;

/**
 * {@code POST /api/broadcast/run?from=yyyy-MM-dd&to=yyyy-MM-dd&channel=<id>} (all optional): publishes the
 * broadcast schedules of the window (default yesterday..+7 days, Asia/Ho_Chi_Minh) and answers 200 with a
 * {@link BroadcastRun}. Errors are RFC 9457 problem+json with {@code field}: 400 a window that ends before it
 * starts or is too long ({@code to}), 404 an unknown {@code channel}.
 *
 * <p>Bearer token with SYSTEM_ADMIN, UNIT_ADMIN or PRODUCER (see the publisher's security configuration); a
 * unit's admin or producer runs their unit's channels only (another unit's channel answers 404).
 */
@RestController
@Tag(name = "broadcast", description = "Broadcast schedules: write each channel-day's XMLTV, JSON EPG, iCalendar "
        + "and schedule page now.")
class BroadcastRunController {

    private final BroadcastPublishing publishing;

    BroadcastRunController(BroadcastPublishing publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/api/broadcast/run")
    @ApiResponse(responseCode = "200", description = "What was written, per channel-day.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A window that ends before it starts or is too long (field to), "
            + "or a date that is not yyyy-MM-dd.")
    @ApiResponse(responseCode = "404", description = "No such broadcast channel, or another unit's (field channel).")
    BroadcastRun run(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String channel) {
        return publishing.run(from, to, channel, Caller.of(token).unitScope());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badWindow(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid window", e.getMessage(), "to");
    }

    @ExceptionHandler(UnknownChannelException.class)
    ResponseEntity<ProblemDetail> unknownChannel(UnknownChannelException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown broadcast channel", e.getMessage(), "channel");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("field", field);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
