package vn.haugiang.newsroom.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one stage measured: its figures (numbers with their unit in the key, e.g. {@code docs_per_s}),
 * the reference's figures from the same run, the ratios (ours ÷ reference, so 1.0 means "as fast as
 * the reference" for throughputs), and notes. A stage that cannot run yet says so in
 * {@code status} ({@code "not available"}) with the reason as a note, instead of failing the run.
 */
final class StageResult {

    final String stage;
    String status = "ok";
    final Map<String, Object> figures = new LinkedHashMap<>();
    final Map<String, Object> reference = new LinkedHashMap<>();
    final Map<String, Double> ratios = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();

    StageResult(String stage) {
        this.stage = stage;
    }

    static StageResult notAvailable(String stage, String why) {
        StageResult result = new StageResult(stage);
        result.status = "not available";
        result.notes.put("why", why);
        return result;
    }

    StageResult figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    StageResult reference(String key, Object value) {
        reference.put(key, value);
        return this;
    }

    StageResult note(String key, String value) {
        notes.put(key, value);
        return this;
    }

    /** Records {@code ours / theirs} to 3 significant digits; nothing when either is missing or 0. */
    StageResult ratio(String key, @Nullable Number ours, @Nullable Number theirs) {
        if (ours != null && theirs != null && theirs.doubleValue() != 0) {
            ratios.put(key, new java.math.BigDecimal(ours.doubleValue() / theirs.doubleValue())
                    .round(new java.math.MathContext(3)).doubleValue());
        }
        return this;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("stage", stage);
        map.put("status", status);
        map.put("figures", figures);
        map.put("reference", reference);
        map.put("ratios", ratios);
        map.put("notes", notes);
        return map;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
