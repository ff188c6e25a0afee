package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Regenerates the section between {@code <!-- bench:begin -->} and {@code <!-- bench:end -->} of
 * {@code docs/benchmarks.md} from a run's results (appended at the end the first time): machine,
 * date, N, heap limits, then one row per stage with its figures, its reference's and the ratios.
 */
final class MarkdownReport {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    /** Counts kept in the JSON but left out of the table, which shows rates and latencies. */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("connections", "clients", "requests", "transactions");
    /** Error counts shown only when not 0. */
    private static final java.util.Set<String> ZERO_HIDDEN = java.util.Set.of("non_2xx", "socket_errors", "failed");

    private MarkdownReport() {
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> results) {
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        StringBuilder md = new StringBuilder(BEGIN).append("\n## Latest run of `./cms bench`\n\n");
        md.append("Command: `").append(results.getOrDefault("command", "./cms bench")).append("`  \n");
        if (results.get("note") != null) {
            md.append("**").append(results.get("note")).append("**  \n");
        }
        md.append("Date: ").append(results.get("date")).append(" · N = ").append(results.get("items")).append(" items  \n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memory_gib"))
                .append(" GiB, ").append(machine.get("os")).append(", ").append(machine.get("java"))
                .append(", PostgreSQL ").append(machine.get("postgresql")).append(", Elasticsearch ")
                .append(machine.get("elasticsearch")).append("  \n");
        md.append("Heap limits: ").append(flat(machine.get("heap_limits"), "").replace("<br>", ", ")).append("\n\n");
        md.append("Ratios are ours ÷ reference, measured in the same run: above 1 is faster for throughputs "
                + "(docs/s, pages/s, req/s, MiB/s), slower for latencies (ms).\n\n");
        md.append("| stage | status | ratios | ours | reference |\n|---|---|---|---|---|\n");
        for (Map<String, Object> stage : (List<Map<String, Object>>) results.get("stages")) {
            String status = (String) stage.get("status");
            Map<String, Object> notes = (Map<String, Object>) stage.get("notes");
            if (!"ok".equals(status)) {
                status += ": " + notes.getOrDefault("why", notes.getOrDefault("error", ""));
            }
            md.append("| ").append(stage.get("stage")).append(" | ").append(cell(status)).append(" | ")
                    .append(cell(flat(stage.get("ratios"), ""))).append(" | ")
                    .append(cell(flat(stage.get("figures"), ""))).append(" | ")
                    .append(cell(flat(stage.get("reference"), ""))).append(" |\n");
        }
        md.append("\nNotes:\n\n");
        for (Map<String, Object> stage : (List<Map<String, Object>>) results.get("stages")) {
            Map<String, Object> notes = (Map<String, Object>) stage.get("notes");
            notes.forEach((key, value) -> {
                if (!key.equals("why") && !key.equals("error")) {
                    md.append("- ").append(stage.get("stage")).append(", ").append(key).append(": ").append(value).append('\n');
                }
            });
        }
        return md.append(END).append('\n').toString();
    }

    static void update(Path file, Map<String, Object> results) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String section = render(results);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin) + section + text.substring(end + END.length()).replaceFirst("^\n", "");
        } else {
            text = text.stripTrailing() + "\n\n" + section;
        }
        Files.writeString(file, text);
    }

    /** {@code a: 1<br>b.c: 2} from nested maps. */
    @SuppressWarnings("unchecked")
    private static String flat(Object value, String prefix) {
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (HIDDEN.contains(k) || (ZERO_HIDDEN.contains(k) && v instanceof Number n && n.doubleValue() == 0)) {
                    return;
                }
                String inner = flat(v, prefix + k + ".");
                if (!inner.isEmpty()) {
                    parts.add(v instanceof Map<?, ?> ? inner : prefix + k + ": " + inner);
                }
            });
            return String.join("<br>", parts);
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
