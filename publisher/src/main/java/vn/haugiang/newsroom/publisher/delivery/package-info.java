/**
 * Deliveries: which channels an item goes to, and one delivery per (item version × channel) that
 * moves pending → in progress → delivered | failed (retryable or permanent) | unknown | cancelled,
 * every change logged in {@code delivery_event}.
 *
 * <p>The public face is {@link vn.haugiang.newsroom.publisher.delivery.DeliveryPlanner} (creates and
 * cancels deliveries when an item is published, corrected or taken down) and
 * {@link vn.haugiang.newsroom.publisher.delivery.Deliveries} (claims due deliveries under row locks
 * and records their outcomes), with their records and events. Routing and the event log are
 * package-private, and so is the deliveries API ({@code GET /api/deliveries}, {@code GET
 * /api/deliveries/{id}}, {@code POST /api/deliveries/{id}/retry}, {@code POST
 * /api/deliveries/{id}/cancel}; see {@code DeliveryController}). The channels themselves (web, social) only produce an
 * {@link vn.haugiang.newsroom.publisher.delivery.Outcome}; they never write delivery rows.
 *
 * <p>All instants are UTC ({@code timestamptz} in PostgreSQL, {@link java.time.Instant} here).
 */
@NullMarked
package vn.haugiang.newsroom.publisher.delivery;

import org.jspecify.annotations.NullMarked;
