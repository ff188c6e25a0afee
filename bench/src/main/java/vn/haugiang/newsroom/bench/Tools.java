package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The load tools the stages run as processes: wrk (HTTP; a Lua {@code done()} prints one JSON line
 * with requests, errors and latency percentiles) and pgbench (its per-transaction log gives the
 * percentiles), both from Debian packages.
 */
final class Tools {

    private Tools() {
    }

    /** Ends every wrk script: one line {@code BENCH {…}} with the counts and p50/p95/p99 in µs. */
    static final String WRK_DONE = """
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"non_2xx":%d,"socket_errors":%d,' ..
                '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\\n', summary.requests, summary.duration, e.status,
                e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(95),
                latency:percentile(99), latency.max))
            end
            """;

    /** Runs wrk against {@code base} with {@code script}; answers req/s, p50/p95/p99 in ms, non-2xx. */
    static Map<String, Object> wrk(Path script, URI base, int connections, Duration duration, Path work)
            throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        String out = exec(work, Map.of(), "wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "30s", "-s", script.toString(), base.toString());
        String line = out.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + out));
        JsonNode r = Json.read(line.substring(6));
        double seconds = r.path("duration_us").asDouble() / 1e6;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("connections", connections);
        figures.put("requests_per_s", StageResult.round(r.path("requests").asDouble() / seconds));
        figures.put("p50_ms", ms(r.path("p50_us").asDouble()));
        figures.put("p95_ms", ms(r.path("p95_us").asDouble()));
        figures.put("p99_ms", ms(r.path("p99_us").asDouble()));
        figures.put("requests", r.path("requests").asLong());
        figures.put("non_2xx", r.path("non_2xx").asLong());
        figures.put("socket_errors", r.path("socket_errors").asLong());
        return figures;
    }

    /**
     * Runs pgbench with a custom script for {@code duration} at {@code clients} clients (prepared
     * statements, 2 threads); answers transactions/s and p50/p99 in ms from its transaction log.
     */
    static Map<String, Object> pgbench(BenchSettings settings, Path script, int clients, Duration duration)
            throws IOException, InterruptedException {
        Path logs = settings.work().resolve("pgbench-logs");
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        String[] db = settings.libpq();
        String out = exec(logs, Map.of("PGPASSWORD", settings.dbPassword()), "pgbench", "-n", "-M", "prepared",
                "-f", script.toString(), "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)),
                "-T", Long.toString(duration.toSeconds()), "-l", "--log-prefix=" + logs.resolve("tx"),
                "-h", db[0], "-p", db[1], "-U", settings.dbUser(), db[2]);
        String tps = out.lines().filter(l -> l.startsWith("tps = ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("pgbench printed no tps:\n" + out));
        List<Double> latencies = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split(" ");
                    if (fields.length > 2) {
                        latencies.add(Double.parseDouble(fields[2]));
                    }
                }
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("transactions_per_s", StageResult.round(Double.parseDouble(tps.split(" ")[2])));
        figures.put("p50_ms", ms(percentile(sorted, 50)));
        figures.put("p99_ms", ms(percentile(sorted, 99)));
        figures.put("transactions", sorted.length);
        return figures;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(double micros) {
        return Math.round(micros / 10) / 100.0;
    }

    /** Runs a command in {@code dir}; answers its output, or fails with it when the exit code is not 0. */
    static String exec(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(Arrays.toString(command) + " failed (" + process.exitValue() + "):\n" + out);
        }
        return out;
    }

    /** Whether {@code command} is on the PATH. */
    static boolean installed(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
