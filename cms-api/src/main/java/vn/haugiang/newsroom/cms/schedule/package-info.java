/**
 * Broadcast schedules of the broadcaster's TV, radio and loudspeaker channels: programmes (shows, series;
 * {@code /api/programmes}), slots on air, their conflicts and gaps, recurring slots, schedule imports (XMLTV,
 * "H:MM Title" day files), EPG exports (XMLTV, JSON, iCalendar) and airings, the slots already aired that the
 * output count reads.
 *
 * <p>The public face for other capabilities: {@link vn.haugiang.newsroom.cms.schedule.ScheduleService} (channels,
 * days, slots), {@link vn.haugiang.newsroom.cms.schedule.ProgrammeService} and
 * {@link vn.haugiang.newsroom.cms.schedule.ScheduleImports} (XMLTV guides with a channel mapping, day files: what
 * the bundle importer calls), with their report records.
 *
 * <p>Times are stored as instants and exchanged as ISO-8601 with an offset; local days are taken in the
 * channel's zone ({@code Asia/Ho_Chi_Minh}, +07:00, for the broadcaster's channels). Slots are half-open
 * intervals {@code [start, stop)}; a slot crossing midnight is one slot, shown whole in both days.
 * The formats and rules themselves are core's {@code vn.haugiang.newsroom.epg}; this package stores and
 * guards them. Errors are RFC 9457 problem+json ({@link vn.haugiang.newsroom.cms.schedule.ScheduleException}).
 */
@NullMarked
package vn.haugiang.newsroom.cms.schedule;

import org.jspecify.annotations.NullMarked;
