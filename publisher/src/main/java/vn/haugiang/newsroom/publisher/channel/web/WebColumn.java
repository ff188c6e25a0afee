package vn.haugiang.newsroom.publisher.channel.web;

import java.util.Objects;

/**
 * A column (chuyên mục) of a site.
 *
 * @param slug URL segment, already ASCII-folded ({@code thoi-su})
 * @param name name shown to readers ({@code Thời sự})
 */
public record WebColumn(String slug, String name) {

    public WebColumn {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
