/**
 * The publish run: reads item changes from the outbox into deliveries, and sends the due web
 * deliveries by rendering article pages into the {@code site} bucket.
 *
 * <p>The public face is {@link vn.haugiang.newsroom.publisher.job.OutboxPlanning} (outbox →
 * {@link vn.haugiang.newsroom.publisher.delivery.DeliveryPlanner}) and
 * {@link vn.haugiang.newsroom.publisher.job.WebPublishing} (claimed web deliveries → S3 objects →
 * outcomes), both idempotent, and {@code POST /api/publish/run}, which runs them once on demand.
 *
 * <p>Not yet a Spring Batch job: the restartability comes from the delivery leases and the stored
 * outbox position, not from a {@code JobRepository}.
 */
@NullMarked
package vn.haugiang.newsroom.publisher.job;

import org.jspecify.annotations.NullMarked;
