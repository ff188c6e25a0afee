package vn.haugiang.newsroom.model;

import java.util.List;
import java.util.Set;

/**
 * The task codes of Hậu Giang's ATTT plan 2021–2025 (table {@code plan_task}): NV1.a–NV1.e with
 * NV1.đ, NV2.a–c, NV3.a–c. An item may carry several.
 */
public final class PlanTasks {

    /** Every code, in the plan's order. */
    public static final List<String> CODES = List.of("NV1.a", "NV1.b", "NV1.c", "NV1.d", "NV1.đ", "NV1.e",
            "NV2.a", "NV2.b", "NV2.c", "NV3.a", "NV3.b", "NV3.c");

    private static final Set<String> KNOWN = Set.copyOf(CODES);

    private PlanTasks() {
    }

    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }
}
