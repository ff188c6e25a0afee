package vn.haugiang.newsroom.cms.schedule;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code /api/programmes}: shows and series for producers. {@code GET /api/programmes?unit=} (list),
 * {@code POST} ({@link ProgrammeRequest} → 201 {@link Programme} with an ETag), {@code GET /{id}} (with its
 * ETag), {@code PUT /{id}} and {@code DELETE /{id}} with {@code If-Match} (428 without, 412 when stale; 409 when
 * slots still use it). Problems as {@link ScheduleException} says.
 */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    List<Programme> list(@RequestParam(required = false) @Nullable String unit) {
        return programmes.list(CurrentUser.get(), unit);
    }

    @GetMapping("/{id}")
    ResponseEntity<Programme> read(@PathVariable UUID id) {
        return withETag(HttpStatus.OK, programmes.read(CurrentUser.get(), id));
    }

    @PostMapping
    ResponseEntity<Programme> create(@Valid @RequestBody ProgrammeRequest request) {
        return withETag(HttpStatus.CREATED, programmes.create(CurrentUser.get(), request));
    }

    @PutMapping("/{id}")
    ResponseEntity<Programme> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProgrammeRequest request) {
        long version = ScheduleException.ifMatch(ifMatch);
        return withETag(HttpStatus.OK, programmes.update(CurrentUser.get(), id, version, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        programmes.delete(CurrentUser.get(), id, ScheduleException.ifMatch(ifMatch));
    }

    private static ResponseEntity<Programme> withETag(HttpStatus status, Programme programme) {
        return ResponseEntity.status(status).eTag("\"" + programme.version() + "\"").body(programme);
    }
}
