package vn.haugiang.newsroom.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 4, search: {@code GET /api/search} on the indexer with folded queries (no diacritics, so
 * they only match through the {@code vietnamese_folded} analyzer), a filter each (state, unit,
 * type or plan task) and the five facets the API always computes, rotating over 8 queries, at 1,
 * 10 and 50 concurrent clients (wrk): p50/p95/p99 and requests/s. Reference: the same query,
 * highlight and aggregations sent straight to Elasticsearch's {@code _search} on the same index.
 */
final class SearchStage implements Stage {

    /** Folded query, filter as query-string parameters, and the same filter as a term. */
    record Query(String text, String param, String value) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("an toan thong tin", "state", "published"),
            new Query("giao thong", "unit", "bao-hau-giang"),
            new Query("nguoi dan", "type", "article"),
            new Query("phat trien kinh te", "state", "published"),
            new Query("cong an", "unit", "dai-pt-th-hau-giang"),
            new Query("thanh pho", "planTasks", "NV1.a"),
            new Query("lua dao", "state", "published"),
            new Query("doanh nghiep", "type", "article"));

    @Override
    public String name() {
        return "search";
    }

    @Override
    public StageResult run(BenchRun run) throws Exception {
        StageResult result = new StageResult(name());
        String token = run.token();
        run.apps.ensure("indexer");
        awaitIndexed(run);
        Path work = run.settings.work();
        Files.createDirectories(work);
        List<String> paths = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Query query : QUERIES) {
            String param = query.param().equals("planTasks") ? "planTask" : query.param();
            paths.add("/api/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) + "&" + param + "="
                    + URLEncoder.encode(query.value(), StandardCharsets.UTF_8));
            bodies.add(esQuery(query));
        }
        Http.Reply probe = run.http.get(run.settings.app("indexer").resolve(paths.get(0)), token);
        if (probe.status() != 200) {
            throw new IllegalStateException("GET " + paths.get(0) + " answered " + probe.status() + ": " + probe.body());
        }
        Path apiLua = work.resolve("search.lua");
        Files.writeString(apiLua, rotating(paths.stream().map(p -> "wrk.format(\"GET\", " + lua(p)
                + ", { [\"Authorization\"] = \"Bearer " + token + "\" })").toList()) + Tools.WRK_DONE);
        Path esLua = work.resolve("search-es.lua");
        Files.writeString(esLua, rotating(bodies.stream().map(b -> "wrk.format(\"POST\", \"/" + BenchSettings.ALIAS
                + "/_search\", { [\"Content-Type\"] = \"application/json\" }, " + lua(b) + ")").toList()) + Tools.WRK_DONE);
        for (int clients : new int[] {1, 10, 50}) {
            Map<String, Object> api = Tools.wrk(apiLua, run.settings.app("indexer"), clients, run.settings.duration(), work);
            Map<String, Object> es = Tools.wrk(esLua, run.settings.elasticsearch(), clients, run.settings.duration(), work);
            result.figure("c" + clients, api).reference("c" + clients, es);
            result.ratio("p50_c" + clients + "_vs_elasticsearch", (Number) api.get("p50_ms"), (Number) es.get("p50_ms"));
            result.ratio("p99_c" + clients + "_vs_elasticsearch", (Number) api.get("p99_ms"), (Number) es.get("p99_ms"));
        }
        result.note("queries", QUERIES.size() + " folded queries with one filter each, 20 hits, highlight, 5 facets")
                .note("ratios", "latency ratios: API ÷ Elasticsearch alone (1.0 = no overhead)")
                .figure("indexed_docs", run.items);
        return result;
    }

    /** Waits until the bench alias holds N documents (a stage run alone indexes them first). */
    private static void awaitIndexed(BenchRun run) throws InterruptedException {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            run.http.postJson(run.es("/" + BenchSettings.ALIAS + "/_refresh"), null, "");
            Http.Reply count = run.http.get(run.es("/" + BenchSettings.ALIAS + "/_count"), null);
            if (count.ok() && Json.read(count.body()).path("count").asLong() >= run.items) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(BenchSettings.ALIAS + " did not reach " + run.items + " documents");
    }

    /** What the indexer sends for {@code query} (see indexer's ContentQueries / ContentSearch), as JSON. */
    static String esQuery(Query query) {
        String text = Json.write(query.text());
        String filter = "{\"terms\":{\"" + query.param() + "\":[" + Json.write(query.value()) + "]}}";
        StringBuilder aggs = new StringBuilder();
        for (String facet : List.of("unit", "type", "state", "planTasks", "column")) {
            aggs.append(aggs.isEmpty() ? "" : ",").append("\"").append(facet).append("\":{\"terms\":{\"field\":\"")
                    .append(facet).append("\",\"size\":100}}");
        }
        return ("{\"size\":20,\"track_total_hits\":true,\"track_scores\":true,"
                + "\"query\":{\"bool\":{\"must\":[{\"simple_query_string\":{\"query\":%s,\"fields\":[\"headline^3\",\"standfirst^2\",\"body\"],\"default_operator\":\"and\"}}],"
                + "\"should\":[{\"simple_query_string\":{\"query\":%s,\"fields\":[\"headline.exact^3\",\"standfirst.exact^2\",\"body.exact\"]}}],"
                + "\"filter\":[%s]}},"
                + "\"sort\":[\"_score\",{\"id\":\"asc\"}],"
                + "\"highlight\":{\"encoder\":\"html\",\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"],\"fields\":{\"headline\":{\"number_of_fragments\":0},"
                + "\"standfirst\":{\"number_of_fragments\":0},\"body\":{\"fragment_size\":160,\"number_of_fragments\":3}}},"
                + "\"aggs\":{%s}}").formatted(text, text, filter, aggs);
    }

    /** A wrk script whose {@code request()} cycles through {@code requests} (Lua expressions). */
    private static String rotating(List<String> requests) {
        return "local requests = {}\n"
                + "function init(args)\n"
                + String.join("", requests.stream().map(r -> "  table.insert(requests, " + r + ")\n").toList())
                + "  counter = 0\nend\n"
                + "function request()\n  counter = counter + 1\n  return requests[counter % #requests + 1]\nend\n";
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
