package vn.haugiang.newsroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code ./cms bench [--items N] [--stages a,b,…] [--out FILE.json] [--duration SECONDS]
 * [--publications M] [--report-job JOB] [--upload-mib MIB] [--note TEXT] [--no-markdown]}, or {@code --render FILE.json}
 * to only regenerate the Markdown from an earlier run: generates N items (10,000 by default)
 * unless {@code generate} is left out of the stages, runs the stages in order, writes the JSON
 * results and regenerates the "Latest run" section of {@code docs/benchmarks.md}.
 *
 * <p>Stages: {@code generate}, {@code indexing}, {@code publishing}, {@code api-reads},
 * {@code search}, {@code report}, {@code media-upload}. A stage that fails is recorded with its error
 * and the run goes on; one that cannot run on this build says "not available".
 */
public final class Bench {

    static final List<String> ALL = List.of("generate", "indexing", "publishing", "api-reads", "search", "report",
            "media-upload");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        if (options.containsKey("render")) {
            // Only regenerate the Markdown section from an earlier run's JSON.
            @SuppressWarnings("unchecked")
            Map<String, Object> earlier = Json.MAPPER.readValue(Files.readString(Path.of(options.get("render"))), Map.class);
            MarkdownReport.update(root.resolve("docs/benchmarks.md"), earlier);
            return;
        }
        int items = Integer.parseInt(options.getOrDefault("items", "10000"));
        List<String> stages = Arrays.asList(options.getOrDefault("stages", String.join(",", ALL)).split(","));
        for (String stage : stages) {
            if (!ALL.contains(stage)) {
                throw new IllegalArgumentException("unknown stage " + stage + "; stages: " + ALL);
            }
        }
        BenchSettings settings = BenchSettings.fromEnvironment(root,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "10"))));
        Path out = Path.of(options.getOrDefault("out",
                settings.work().resolve("results-" + Instant.now().toString().replace(':', '-') + ".json").toString()));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", Instant.now().toString());
        results.put("items", items);
        results.put("stages_requested", stages);
        results.put("command", commandLine(args));
        if (options.containsKey("note")) {
            results.put("note", options.get("note"));
        }
        List<Map<String, Object>> stageResults = new ArrayList<>();
        try (BenchRun run = new BenchRun(settings, items)) {
            // Stop the apps this run started on Ctrl-C or kill too, not only at the end.
            Runtime.getRuntime().addShutdownHook(new Thread(run.apps::close));
            results.put("machine", Machine.describe(run));
            for (String name : stages) {
                System.out.println("==> " + name);
                StageResult result;
                try {
                    result = stage(name, options).run(run);
                } catch (Exception | Error e) {
                    e.printStackTrace();
                    result = new StageResult(name);
                    result.status = "failed";
                    result.note("error", String.valueOf(e));
                }
                System.out.println(Json.write(result.toMap()));
                stageResults.add(result.toMap());
            }
        }
        results.put("stages", stageResults);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(results));
        System.out.println("results: " + out);
        if (!options.containsKey("no-markdown")) {
            Path markdown = root.resolve("docs/benchmarks.md");
            MarkdownReport.update(markdown, results);
            System.out.println("table: " + markdown);
        }
    }

    static Stage stage(String name, Map<String, String> options) {
        return switch (name) {
            case "generate" -> new GenerateStage();
            case "indexing" -> new IndexingStage();
            case "publishing" -> new PublishingStage();
            case "api-reads" -> new ApiReadsStage();
            case "search" -> new SearchStage();
            case "report" -> new ReportStage(Long.parseLong(options.getOrDefault("publications", "1000000")),
                    reportJob(options.getOrDefault("report-job", "publicationRebuildJob")));
            case "media-upload" -> new MediaUploadStage(Integer.parseInt(options.getOrDefault("upload-mib", "1024")));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The indexer job the report stage runs to index the generated publications; {@code incremental}
     * for {@code POST /api/indexing/run} instead (which misses publications dated before its
     * high-water mark, as generated ones are).
     */
    private static @Nullable String reportJob(String option) {
        return option.equals("incremental") ? null : option;
    }

    private static String commandLine(String[] args) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root") || args[i].equals("--note")) {
                i++;
            } else {
                shown.add(args[i]);
            }
        }
        return ("./cms bench " + String.join(" ", shown)).strip();
    }

    /** {@code --key value} pairs; a flag without a value maps to "true". */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }

    /** The generator as a stage: it reports how long putting N items into PostgreSQL took. */
    static final class GenerateStage implements Stage {

        @Override
        public String name() {
            return "generate";
        }

        @Override
        public StageResult run(BenchRun run) throws Exception {
            // cms-api migrates the database (Flyway) and seeds the local users at start.
            run.apps.ensure("cms-api");
            Corpus corpus = Corpus.read(run.settings.corpus());
            long start = System.nanoTime();
            try (var db = run.db()) {
                Generator.generate(db, corpus, run.items);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new StageResult(name()).figure("items", run.items)
                    .figure("seconds", StageResult.round(seconds))
                    .figure("items_per_s", StageResult.round(run.items / seconds))
                    .note("text", corpus.sentences().size() + " Binhvq sentences, " + corpus.headlines().size()
                            + " DANeS headlines");
        }
    }
}
