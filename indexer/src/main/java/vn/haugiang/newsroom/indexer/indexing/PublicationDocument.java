package vn.haugiang.newsroom.indexer.indexing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One publication as indexed ({@code _id} = {@link #id}), a row of the {@code publication} view
 * (V16): a delivered (item, output channel) or an airing. {@code publishedAt} is an ISO-8601 UTC
 * instant; the local fields are in Asia/Ho_Chi_Minh; period keys are {@code 2026-05-01},
 * {@code 2026-W18} (ISO week-year and week), {@code 2026-05}, {@code 2026-Q2}, {@code 2026}.
 *
 * @param kind {@code delivery} or {@code airing}
 * @param item the item's id; null for an airing linked to no item
 * @param channelKind {@code web}, {@code social} or {@code broadcast}
 * @param channelType {@code web}, {@code facebook}, {@code youtube}, {@code zalo}, {@code tv},
 *     {@code radio} or {@code loudspeaker}
 * @param reportingYear the year of the 30 November closing the reporting period of {@code localDate}
 */
record PublicationDocument(
        String id,
        String kind,
        @Nullable String item,
        @Nullable String slot,
        String unit,
        String unitName,
        String channelKind,
        String channel,
        String channelType,
        @Nullable String contentType,
        @Nullable String genre,
        List<String> planTasks,
        @Nullable String column,
        String publishedAt,
        String localDate,
        int year,
        int quarter,
        int month,
        int isoWeekYear,
        int isoWeek,
        int reportingYear,
        String periodDay,
        String periodWeek,
        String periodMonth,
        String periodQuarter,
        String periodYear,
        boolean live,
        @Nullable String url,
        @Nullable String externalId,
        String headline) {
}
