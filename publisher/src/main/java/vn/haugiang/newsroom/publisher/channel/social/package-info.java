/**
 * Social channels: HTTP clients for a Facebook Page (Graph API), a YouTube channel (Data API v3) and a Zalo
 * Official Account, plus the per-channel text variants.
 *
 * <p>The delivery job calls {@link vn.haugiang.newsroom.publisher.channel.social.SocialChannelClient#post} at most
 * once per delivery attempt and maps the {@link vn.haugiang.newsroom.publisher.channel.social.PostResult} to a
 * delivery state; after an {@code Unknown} it calls
 * {@link vn.haugiang.newsroom.publisher.channel.social.SocialChannelClient#reconcile} before anything is sent again.
 * The clients themselves never retry, store or schedule.
 *
 * <p>The public face for the publish job is {@link vn.haugiang.newsroom.publisher.channel.social.SocialPublishing}
 * (the {@link vn.haugiang.newsroom.publisher.delivery.DeliverySender} of Facebook, YouTube and Zalo deliveries) and
 * {@link vn.haugiang.newsroom.publisher.channel.social.SocialReconciliation} (settles {@code unknown} deliveries by
 * looking for the post before anything is sent again), configured by
 * {@link vn.haugiang.newsroom.publisher.channel.social.SocialProperties}. Operators use
 * {@code /api/channels} (status, encrypted credentials) and {@code /api/items/{id}/social-text/{channel}} (the
 * editable text variants, table {@code social_text}).
 */
@NullMarked
@NamedInterface("social")
package vn.haugiang.newsroom.publisher.channel.social;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
