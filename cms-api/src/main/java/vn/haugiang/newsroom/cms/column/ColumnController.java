package vn.haugiang.newsroom.cms.column;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/** {@code /api/columns}: a unit's columns and special pages (default: the caller's unit). */
@RestController
class ColumnController {

    private final Columns columns;

    ColumnController(Columns columns) {
        this.columns = columns;
    }

    @GetMapping("/api/columns")
    List<Column> list(@RequestParam(name = "unit", required = false) @Nullable String unit) {
        return columns.ofUnit(unit == null ? CurrentUser.get().unitId() : unit);
    }

    @PostMapping("/api/columns")
    @ResponseStatus(HttpStatus.CREATED)
    Column create(@Valid @RequestBody ColumnRequest request) {
        return columns.create(CurrentUser.get(), request);
    }
}
