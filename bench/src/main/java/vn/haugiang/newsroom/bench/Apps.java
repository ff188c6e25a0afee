package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the apps the stages drive, each as its own JVM from its jar ({@code <app>/target/<app>.jar},
 * built by {@code ./cms bench}) on the bench ports, with the heap limit of {@code ./cms up}, the
 * bench's own index alias and buckets, and a GC log; stops exactly the processes it started. Extra
 * {@code --name=value} arguments per app come from {@code CMS_BENCH_CMS_API_ARGS},
 * {@code CMS_BENCH_PUBLISHER_ARGS} and {@code CMS_BENCH_INDEXER_ARGS}.
 */
final class Apps implements AutoCloseable {

    private final BenchSettings settings;
    private final Http http;
    private final Map<String, Process> running = new LinkedHashMap<>();

    Apps(BenchSettings settings, Http http) {
        this.settings = settings;
        this.http = http;
    }

    /** Starts {@code app} unless this harness already did, and waits until its health is UP. */
    synchronized void ensure(String app) throws IOException, InterruptedException {
        if (running.containsKey(app) && running.get(app).isAlive()) {
            return;
        }
        Process process = start(app, List.of(), List.of());
        running.put(app, process);
        awaitHealth(app, process);
    }

    /**
     * Runs {@code app} once with Spring Boot's job runner ({@code spring.batch.job.name}, a fresh
     * {@code run} parameter) and no web server, until {@code finished} says the job ended (read from
     * the JobRepository), then stops that JVM: the app's main does not exit by itself.
     */
    void runJob(String app, String job, java.util.function.BooleanSupplier finished)
            throws IOException, InterruptedException {
        List<String> args = List.of("--spring.batch.job.enabled=true", "--spring.batch.job.name=" + job,
                "--spring.main.web-application-type=none", "run=" + Instant.now());
        Process process = start(app, args, List.of());
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
            while (!finished.getAsBoolean()) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(app + " " + job + " did not finish: see " + log(app + "-" + job));
                }
                Thread.sleep(250);
            }
        } finally {
            process.destroy();
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** The GC log of a running app (heap before → after each collection). */
    Path gcLog(String app) {
        return settings.work().resolve(app + ".gc.log");
    }

    private Process start(String app, List<String> args, List<String> jvm) throws IOException {
        Path jar = settings.root().resolve(app).resolve("target").resolve(app + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package (./cms bench does)");
        }
        Files.createDirectories(settings.work());
        boolean job = !args.isEmpty();
        String name = job ? app + "-" + args.get(1).replace("--spring.batch.job.name=", "") : app;
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx" + settings.heap(),
                "-Xlog:gc:file=" + settings.work().resolve(name + ".gc.log")));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + settings.ports().get(app),
                "--newsroom.indexer.content.alias=" + BenchSettings.ALIAS,
                "--newsroom.indexer.content.state-index=" + BenchSettings.STATE_INDEX,
                "--newsroom.indexer.publications.alias=" + BenchSettings.PUBLICATIONS_ALIAS,
                // The publishing stage measures web pages; EPG runs every few minutes would only add noise.
                "--newsroom.publisher.broadcast.schedule.enabled=false",
                "--newsroom.indexer.content.schedule-interval=PT1S",
                "--newsroom.indexer.content.schedule-enabled=" + !job,
                "--newsroom.publisher.job.claim-limit=200",
                "--newsroom.media.max-size.audio=2GB", "--newsroom.media.inspect-timeout=120s",
                "--spring.servlet.multipart.max-file-size=2GB", "--spring.servlet.multipart.max-request-size=2GB"));
        command.addAll(args);
        String extra = System.getenv("CMS_BENCH_" + app.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_ARGS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log(name).toFile()));
        builder.environment().put("CMS_DB_URL", settings.dbUrl());
        builder.environment().put("CMS_S3_SITE_BUCKET", BenchSettings.SITE_BUCKET);
        builder.environment().put("CMS_S3_MEDIA_BUCKET", BenchSettings.MEDIA_BUCKET);
        return builder.start();
    }

    Path log(String name) {
        return settings.work().resolve(name + ".log");
    }

    private void awaitHealth(String app, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app + " exited at start: see " + log(app));
            }
            try {
                if (http.get(settings.app(app).resolve("/actuator/health"), null).body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused until the web server is up
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(app + " was not UP within 4 minutes: see " + log(app));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public synchronized void close() {
        running.values().forEach(Process::destroy);
        for (Process process : running.values()) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }
}
