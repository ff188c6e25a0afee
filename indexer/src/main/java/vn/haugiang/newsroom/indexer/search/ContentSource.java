package vn.haugiang.newsroom.indexer.search;

import org.jspecify.annotations.Nullable;

/** The part of an indexed content document that a hit shows. */
record ContentSource(String id, String unit, String unitName, String type, String state, @Nullable String column,
        String headline, @Nullable String standfirst, String updatedAt, @Nullable String firstPublishedAt) {
}
