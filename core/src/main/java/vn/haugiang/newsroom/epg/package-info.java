/**
 * Broadcast schedules (EPG) of the broadcaster's TV and radio channels, without storage: the model of a
 * channel's programme slots ({@link vn.haugiang.newsroom.epg.EpgChannel},
 * {@link vn.haugiang.newsroom.epg.EpgProgramme}), the rules a schedule must keep (no overlaps, no gaps,
 * slot length against clip length: {@link vn.haugiang.newsroom.epg.ScheduleRules}), and the formats players
 * and viewers read or producers write:
 * <ul>
 * <li>XMLTV ({@code xmltv.dtd} of the XMLTV project): {@link vn.haugiang.newsroom.epg.XmltvReader},
 * {@link vn.haugiang.newsroom.epg.XmltvWriter};</li>
 * <li>plain daily schedules, one {@code H:MM Title} line per programme:
 * {@link vn.haugiang.newsroom.epg.DailyScheduleReader};</li>
 * <li>a JSON day guide: {@link vn.haugiang.newsroom.epg.JsonEpg};</li>
 * <li>an iCalendar feed (RFC 5545): {@link vn.haugiang.newsroom.epg.ICalendarEpg}.</li>
 * </ul>
 *
 * <p>Times are {@link java.time.Instant}s in the model; every reader and writer takes the time zone it
 * reads or writes local times in, by default {@code Asia/Ho_Chi_Minh} (+07:00, no daylight saving time).
 * Intervals are half-open, as the XMLTV DTD says: a programme is on air at its start and no longer at its
 * stop, so 11:00–12:00 and 12:00–13:00 neither overlap nor leave a gap.
 *
 * <p>Readers never drop input silently: every programme element or schedule line ends as an imported
 * programme, an imported programme with a reported fix, or a refusal with a reason
 * ({@link vn.haugiang.newsroom.epg.ImportIssue}, {@link vn.haugiang.newsroom.epg.ImportSummary}).
 */
@NullMarked
package vn.haugiang.newsroom.epg;

import org.jspecify.annotations.NullMarked;
