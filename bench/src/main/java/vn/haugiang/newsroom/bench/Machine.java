package vn.haugiang.newsroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What the figures were measured on: cores, memory, OS, Java, server versions and heap limits. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(BenchRun run) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gib", memoryGib());
        machine.put("os", osName());
        machine.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        try (Connection db = run.db(); ResultSet rs = db.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            machine.put("postgresql", rs.getString(1));
        } catch (Exception e) {
            machine.put("postgresql", "unreachable: " + e.getMessage());
        }
        Map<String, Object> heaps = new LinkedHashMap<>();
        heaps.put("cms-api", run.settings.heap());
        heaps.put("publisher", run.settings.heap());
        heaps.put("indexer", run.settings.heap());
        try {
            JsonNode nodes = Json.read(run.http.get(run.es("/_nodes/jvm"), null).body()).path("nodes");
            JsonNode node = nodes.properties().iterator().next().getValue();
            machine.put("elasticsearch", node.path("version").asString());
            heaps.put("elasticsearch", node.path("jvm").path("mem").path("heap_max_in_bytes").asLong() / 1048576 + "m");
        } catch (RuntimeException e) {
            machine.put("elasticsearch", "unreachable: " + e.getMessage());
        }
        machine.put("heap_limits", heaps);
        return machine;
    }

    private static long memoryGib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
                }
            }
        } catch (Exception e) {
            // not Linux: leave 0
        }
        return 0;
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring(12).replace("\"", "");
                }
            }
        } catch (Exception e) {
            // fall through
        }
        return System.getProperty("os.name");
    }
}
