package vn.haugiang.newsroom.cms.column;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/columns}.
 *
 * @param unit the owning unit; defaults to the caller's (a system admin may name another)
 * @param slug derived from the name when absent
 * @param kind {@code column} (chuyên mục) or {@code special_page} (chuyên trang)
 */
record ColumnRequest(
        @Nullable String unit,
        @Nullable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "column|special_page") String kind,
        @Nullable List<@NotBlank String> defaultChannels) {
}
