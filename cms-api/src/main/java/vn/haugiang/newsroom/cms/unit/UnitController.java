package vn.haugiang.newsroom.cms.unit;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import vn.haugiang.newsroom.cms.content.ContentException;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * {@code /api/units}: everyone reads the units (seeded from the plan); only a system admin adds
 * or renames one. {@code /api/plan-tasks}: the plan's tasks with their lead units.
 */
@RestController
class UnitController {

    private final JdbcClient jdbc;

    UnitController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/units")
    List<Unit> units() {
        return jdbc.sql("SELECT id, name, kind FROM unit ORDER BY kind, name").query(Unit.class).list();
    }

    @PostMapping("/api/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    Unit create(@Valid @RequestBody UnitRequest request) {
        var unit = new Unit(request.id(), VietnameseText.nfc(request.name().strip()), request.kind());
        try {
            jdbc.sql("INSERT INTO unit (id, name, kind) VALUES (?, ?, ?)").params(unit.id(), unit.name(), unit.kind()).update();
        } catch (DuplicateKeyException e) {
            throw ContentException.conflict("A unit with this id or name exists.", "id");
        }
        return unit;
    }

    @PutMapping("/api/units/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    Unit rename(@PathVariable String id, @Valid @RequestBody UnitRequest request) {
        String name = VietnameseText.nfc(request.name().strip());
        int rows = jdbc.sql("UPDATE unit SET name = ?, kind = ?, updated_at = now() WHERE id = ?")
                .params(name, request.kind(), id).update();
        if (rows == 0) {
            throw ContentException.invalid("No unit " + id + ".", "id");
        }
        return new Unit(id, name, request.kind());
    }

    @GetMapping("/api/plan-tasks")
    List<PlanTask> planTasks() {
        return jdbc.sql("""
                SELECT t.code, t.mission, t.title, t.cadence, t.minimum,
                       coalesce(array_agg(l.unit_id ORDER BY l.unit_id) FILTER (WHERE l.unit_id IS NOT NULL), '{}') AS leads
                FROM plan_task t LEFT JOIN plan_task_lead l ON l.task_code = t.code
                GROUP BY t.code ORDER BY t.position
                """)
                .query((rs, n) -> new PlanTask(rs.getString("code"), rs.getInt("mission"), rs.getString("title"),
                        rs.getString("cadence"), rs.getString("minimum"),
                        List.of((String[]) rs.getArray("leads").getArray())))
                .list();
    }

    record UnitRequest(@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @NotBlank String id, @NotBlank String name,
            @Pattern(regexp = "newspaper|broadcaster|department|district|telecom|school|other") @NotBlank String kind) {
    }

    /** A task of the plan: code (NV1.a ...), mission 1–3, title, cadence (continuous|yearly), minimum, lead unit ids. */
    record PlanTask(String code, int mission, String title, String cadence, @org.jspecify.annotations.Nullable String minimum,
            List<String> leads) {
    }
}
