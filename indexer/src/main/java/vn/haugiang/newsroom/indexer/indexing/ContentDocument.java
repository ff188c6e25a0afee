package vn.haugiang.newsroom.indexer.indexing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item as indexed: {@code _id} = {@link #id}, external version = {@link #version}. Text is
 * NFC, the body plain text; dates are ISO-8601 UTC instants.
 */
record ContentDocument(
        String id,
        String unit,
        String unitName,
        String type,
        @Nullable String genre,
        String state,
        long version,
        int revision,
        String headline,
        @Nullable String standfirst,
        String body,
        @Nullable String column,
        @Nullable String columnName,
        List<String> tags,
        List<String> planTasks,
        String updatedAt,
        @Nullable String firstPublishedAt) {
}
