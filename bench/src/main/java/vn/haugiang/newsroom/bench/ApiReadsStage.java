package vn.haugiang.newsroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

/**
 * Stage 3, API reads: {@code GET /api/items/{id}} on cms-api with a bearer token, ids rotating
 * over the N generated items, at 50 and 200 connections (wrk, 2 threads): requests/s, p50/p99.
 * Reference: pgbench on the same database running the same lookup ({@code SELECT * FROM item WHERE
 * id = …}, prepared) at the same client counts — capped by the server's free connections
 * ({@code max_connections}), which the JSON notes.
 */
final class ApiReadsStage implements Stage {

    @Override
    public String name() {
        return "api-reads";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        StageResult result = new StageResult(name());
        String token = run.token();
        Http.Reply probe = run.http.get(run.settings.app("cms-api").resolve("/api/items/" + Generator.itemId(1)), token);
        if (probe.status() != 200) {
            throw new IllegalStateException("GET /api/items/{id} answered " + probe.status() + ": " + probe.body());
        }
        Path work = run.settings.work();
        Files.createDirectories(work);
        Path lua = work.resolve("api-reads.lua");
        Files.writeString(lua, """
                local n = %d
                local token = "%s"
                local threads = 0
                function setup(thread) threads = threads + 1; thread:set("tid", threads) end
                function init(args) counter = (tid or 1) * 7919 end
                function request()
                  counter = counter + 1
                  return wrk.format("GET", string.format("/api/items/%s%%012x", counter %% n + 1),
                                    { ["Authorization"] = "Bearer " .. token })
                end
                """.formatted(run.items, token, Generator.ID_PREFIX) + Tools.WRK_DONE);
        Path sql = work.resolve("item-by-id.sql");
        Files.writeString(sql, """
                \\set n random(1, %d)
                SELECT * FROM item WHERE id = ('%s' || lpad(to_hex(:n::int), 12, '0'))::uuid;
                """.formatted(run.items, Generator.ID_PREFIX));
        int free = freeConnections(run);
        for (int connections : new int[] {50, 200}) {
            Map<String, Object> api = Tools.wrk(lua, run.settings.app("cms-api"), connections, run.settings.duration(), work);
            result.figure("c" + connections, api);
            int clients = Math.min(connections, free);
            Map<String, Object> pg = Tools.pgbench(run.settings, sql, clients, run.settings.duration());
            result.reference("c" + connections, pg);
            result.ratio("requests_per_s_c" + connections + "_vs_pgbench", (Number) api.get("requests_per_s"),
                    (Number) pg.get("transactions_per_s"));
            if (clients < connections) {
                result.note("pgbench_c" + connections, "pgbench ran " + clients + " clients: the server's free connections");
            }
        }
        result.note("reference", "pgbench -M prepared, custom script selecting one item by id, same database");
        return result;
    }

    /** Connections the server still accepts, less a margin of 10 for the apps. */
    private static int freeConnections(BenchRun run) throws Exception {
        try (Connection db = run.db(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT current_setting('max_connections')::int - (SELECT count(*) FROM pg_stat_activity)")) {
            rs.next();
            return Math.max(1, rs.getInt(1) - 10);
        }
    }
}
