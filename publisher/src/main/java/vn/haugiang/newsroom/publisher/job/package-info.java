/**
 * The publish job ({@code publishJob}, Spring Batch, JobRepository on PostgreSQL): plans deliveries
 * from the outbox, then claims due deliveries under row locks, sends each through the
 * {@link vn.haugiang.newsroom.publisher.delivery.DeliverySender} of its channel kind (the web one,
 * {@link vn.haugiang.newsroom.publisher.job.WebPublishing}, renders article pages into the
 * {@code site} bucket) and records the outcomes, chunk by chunk.
 *
 * <p>The public face is {@link vn.haugiang.newsroom.publisher.job.PublishRuns} (run the job now,
 * synchronously; also every minute on a schedule), {@link vn.haugiang.newsroom.publisher.job.OutboxPlanning}
 * and {@link vn.haugiang.newsroom.publisher.job.WebPublishing}, plus the HTTP API
 * {@code POST /api/publish/run}, {@code GET /api/publish/runs}, {@code GET /api/publish/runs/{id}}
 * and {@code POST /api/publish/runs/{id}/restart}.
 *
 * <p>Restartability comes from the delivery leases and the stored outbox position: the database is the
 * restart point of every run, first or restarted, so nothing delivered is sent again.
 */
@NullMarked
package vn.haugiang.newsroom.publisher.job;

import org.jspecify.annotations.NullMarked;
