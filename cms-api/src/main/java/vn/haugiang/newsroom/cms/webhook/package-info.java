/**
 * Webhooks: a unit's subscriptions to its items' {@code ItemPublished}, {@code ItemCorrected} and
 * {@code ItemTakenDown} events, read from the transactional outbox and POSTed, signed, to the
 * subscriber's URL with retries.
 *
 * <h2>What a receiver gets</h2>
 * One HTTP {@code POST} per event and subscription, with the JSON body (UTF-8)
 * <pre>{@code
 * {"id": "5f0c…",                      // the delivery id, the same on every retry
 *  "event": "ItemPublished",           // or ItemCorrected, ItemTakenDown
 *  "occurredAt": "2026-03-01T02:15:00.123456Z",   // when the change was written, ISO 8601, UTC
 *  "item": {"id": "…", "unit": "bao-hau-giang", "type": "article", "state": "published",
 *           "version": 4, "revision": 2}}
 * }</pre>
 * and the headers
 * <ul>
 * <li>{@code Content-Type: application/json}
 * <li>{@code X-Newsroom-Event}: the event name, as in the body
 * <li>{@code X-Newsroom-Delivery}: the delivery id, as in the body
 * <li>{@code X-Newsroom-Timestamp}: when this attempt was sent, in whole seconds since the Unix
 *     epoch (UTC); informative, not signed
 * <li>{@code X-Newsroom-Signature: sha256=<hex>}: the lower-case hex HMAC-SHA256 of the exact body
 *     bytes, keyed with the subscription's secret (its UTF-8 bytes), the scheme of GitHub's
 *     {@code X-Hub-Signature-256}. A receiver computes the same over the raw body it read (before
 *     any JSON parsing) and compares in constant time ({@code MessageDigest.isEqual}).
 * </ul>
 *
 * <h2>Guarantees</h2>
 * Delivery is <em>at least once</em>: a receiver that answered 2xx may still get the same
 * delivery again (a timeout after it had processed it, an instance that stopped mid-send), so it
 * must de-duplicate by {@code X-Newsroom-Delivery}. Deliveries are not ordered; an item's
 * {@code version} tells which change is newer. A 2xx answer delivers; a network error, a timeout,
 * 429 or 5xx is retried with exponential backoff (honouring {@code Retry-After} on 429 and 503)
 * up to a maximum number of attempts; any other answer, redirects included, fails the delivery at
 * once. See {@link vn.haugiang.newsroom.cms.webhook.WebhookProperties} for the timings.
 */
@NullMarked
package vn.haugiang.newsroom.cms.webhook;

import org.jspecify.annotations.NullMarked;
