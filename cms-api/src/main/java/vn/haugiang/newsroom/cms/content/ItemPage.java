package vn.haugiang.newsroom.cms.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of items, newest change first; {@code nextCursor} is null on the last page. */
public record ItemPage(List<Item> items, @Nullable String nextCursor) {
}
