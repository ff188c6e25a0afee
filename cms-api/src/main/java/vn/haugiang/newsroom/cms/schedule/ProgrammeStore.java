package vn.haugiang.newsroom.cms.schedule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes in PostgreSQL (table {@code programme}, versioned by V15). */
@Repository
class ProgrammeStore {

    private static final String PROGRAMME = "SELECT id, unit_id, title, genre, rating, version FROM programme";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Programme> ofUnits(List<String> unitIds) {
        return jdbc.sql(PROGRAMME + " WHERE unit_id = ANY (?) ORDER BY unit_id, title, id")
                .param(unitIds.toArray(String[]::new)).query(Programme.class).list();
    }

    List<Programme> all() {
        return jdbc.sql(PROGRAMME + " ORDER BY unit_id, title, id").query(Programme.class).list();
    }

    Optional<Programme> find(UUID id) {
        return jdbc.sql(PROGRAMME + " WHERE id = ?").param(id).query(Programme.class).optional();
    }

    void insert(Programme p) {
        jdbc.sql("INSERT INTO programme (id, unit_id, title, genre, rating, version) VALUES (?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.unitId(), p.title(), p.genre(), p.rating(), p.version()).update();
    }

    /** @return {@code false} if {@code expectedVersion} is no longer the stored one */
    boolean update(Programme p, long expectedVersion) {
        return jdbc.sql("""
                UPDATE programme SET title = ?, genre = ?, rating = ?, version = ?, updated_at = now()
                WHERE id = ? AND version = ?
                """).params(p.title(), p.genre(), p.rating(), p.version(), p.id(), expectedVersion).update() == 1;
    }

    /** @return {@code false} if {@code expectedVersion} is no longer the stored one */
    boolean delete(UUID id, long expectedVersion) {
        return jdbc.sql("DELETE FROM programme WHERE id = ? AND version = ?").params(id, expectedVersion).update() == 1;
    }

    long slotCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM slot WHERE programme_id = ?").param(id).query(Long.class).single();
    }
}
