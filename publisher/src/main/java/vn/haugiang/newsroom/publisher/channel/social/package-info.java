/**
 * Social channels: HTTP clients for a Facebook Page (Graph API), a YouTube channel (Data API v3) and a Zalo
 * Official Account, plus the per-channel text variants.
 *
 * <p>The delivery job calls {@link vn.haugiang.newsroom.publisher.channel.social.SocialChannelClient#post} at most
 * once per delivery attempt and maps the {@link vn.haugiang.newsroom.publisher.channel.social.PostResult} to a
 * delivery state; after an {@code Unknown} it calls
 * {@link vn.haugiang.newsroom.publisher.channel.social.SocialChannelClient#reconcile} before anything is sent again.
 * Nothing here retries, stores or schedules: those are the delivery job's.
 */
@NullMarked
package vn.haugiang.newsroom.publisher.channel.social;

import org.jspecify.annotations.NullMarked;
