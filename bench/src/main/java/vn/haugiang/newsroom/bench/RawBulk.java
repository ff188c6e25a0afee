package vn.haugiang.newsroom.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indexing reference: the same documents sent with plain {@code _bulk} requests into a scratch
 * index with the same mapping, {@code chunk} documents a request, one request at a time — the shape
 * of the indexer's chunks, without its reading, mapping and bookkeeping. No refresh.
 */
final class RawBulk {

    /** A document as stored: its {@code _id} and {@code _source}. */
    record Document(String id, JsonNode source) {
    }

    private final BenchRun run;

    RawBulk(BenchRun run) {
        this.run = run;
    }

    /** Every document of {@code index} (an index or alias), in {@code id} order, with search_after. */
    List<Document> dump(String index) {
        List<Document> documents = new ArrayList<>();
        String after = null;
        while (true) {
            String body = "{\"size\":1000,\"sort\":[{\"id\":\"asc\"}],\"query\":{\"match_all\":{}}"
                    + (after == null ? "" : ",\"search_after\":[" + Json.write(after) + "]") + "}";
            Http.Reply reply = run.http.postJson(run.es("/" + index + "/_search"), null, body);
            if (!reply.ok()) {
                throw new IllegalStateException("search of " + index + ": " + reply.body());
            }
            JsonNode hits = Json.read(reply.body()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return documents;
            }
            for (JsonNode hit : hits) {
                documents.add(new Document(hit.path("_id").asString(), hit.path("_source")));
            }
            after = hits.get(hits.size() - 1).path("sort").get(0).asString();
        }
    }

    /** Deletes and creates {@code target} with {@code mappings} (one shard, no replica). */
    void recreate(String target, JsonNode mappings) {
        run.http.delete(run.es("/" + target));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
        body.set("mappings", mappings);
        Http.Reply reply = run.http.put(run.es("/" + target), Json.write(body));
        if (!reply.ok()) {
            throw new IllegalStateException("create " + target + ": " + reply.body());
        }
    }

    /** The mappings of the first index behind {@code indexOrAlias}. */
    JsonNode mappings(String indexOrAlias) {
        Http.Reply reply = run.http.get(run.es("/" + indexOrAlias + "/_mapping"), null);
        if (!reply.ok()) {
            throw new IllegalStateException("mapping of " + indexOrAlias + ": " + reply.body());
        }
        return Json.read(reply.body()).properties().iterator().next().getValue().path("mappings");
    }

    /** Bulk-indexes {@code documents} into {@code target}; returns documents per second. */
    double index(String target, List<Document> documents, int chunk) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += chunk) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Document document : documents.subList(from, Math.min(documents.size(), from + chunk))) {
                String action = "{\"index\":{\"_index\":\"" + target + "\",\"_id\":\"" + document.id() + "\"}}\n";
                body.writeBytes(action.getBytes(StandardCharsets.UTF_8));
                body.writeBytes(Json.MAPPER.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsBytes(document.source()));
                body.write('\n');
            }
            bodies.add(body.toByteArray());
        }
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            Http.Reply reply = run.http.post(run.es("/_bulk"), null, "application/x-ndjson", body);
            if (!reply.ok() || Json.read(reply.body()).path("errors").asBoolean()) {
                throw new IllegalStateException("raw _bulk into " + target + " failed: " + abbreviate(reply.body()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return documents.size() / seconds;
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
