/**
 * Broadcast schedules published as files: per broadcast channel and local day ({@code Asia/Ho_Chi_Minh}),
 * the Spring Batch job {@code epgDayJob} ({@link vn.haugiang.newsroom.publisher.channel.broadcast.EpgJobConfiguration})
 * writes to the {@code site} bucket
 * <ul>
 * <li>{@code <broadcast-channel-id>/epg/<YYYY-MM-DD>.xml}: XMLTV valid against {@code xmltv.dtd}, times
 * {@code YYYYMMDDhhmmss +0700}, the channel element first, every programme on air that day whole (a
 * 23:30–00:30 bulletin is in both days' files);</li>
 * <li>{@code <broadcast-channel-id>/epg/<YYYY-MM-DD>.json}: core's JSON day guide;</li>
 * <li>{@code <broadcast-channel-id>/epg/<YYYY-MM-DD>.ics}: iCalendar (RFC 5545) of the same programmes, UIDs
 * {@code <slot id>@<calendar-uid-domain>};</li>
 * <li>{@code <broadcast-channel-id>/lich-phat-song/<YYYY-MM-DD>.html}: the day's schedule page, live slots
 * marked "Trực tiếp", a live slot's linked item shown with a link to its article;</li>
 * </ul>
 * and, per channel and run, {@code <broadcast-channel-id>/lich-phat-song/truc-tiep.html}: the live
 * broadcasts on air now and coming up ({@link vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing}).
 *
 * <p>The public face is {@link vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing} and
 * {@code POST /api/broadcast/run}. Formats come from core's {@code vn.haugiang.newsroom.epg}; this package
 * reads the schedule tables (V9) read-only.
 */
@NullMarked
@NamedInterface("broadcast")
package vn.haugiang.newsroom.publisher.channel.broadcast;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
