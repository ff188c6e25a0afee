package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of broadcast schedule publishing, bound from {@code newsroom.publisher.broadcast.*}.
 *
 * @param daysBefore        the run's window starts this many local days before today; default 1 (yesterday)
 * @param daysAfter         the run's window ends this many local days after today; default 7
 * @param maxDays           the longest window one run accepts, in days; default 62
 * @param liveHorizon       how far ahead the live-broadcast page announces live slots; default 7 days
 * @param calendarUidDomain the right-hand side of iCalendar UIDs ({@code <slot id>@<domain>}), a domain the
 *                          broadcaster controls; default {@code epg.haugiang.invalid} (set it in production);
 *                          the same default as cms-api's {@code newsroom.schedule.calendar-uid-domain}, so both
 *                          feeds give a slot the same UID
 * @param calendarProdId    the iCalendar {@code PRODID}; default {@code -//Hau Giang Newsroom//Schedule 1.0//VI}
 * @param generatorName     XMLTV {@code generator-info-name}; default {@code newsroom-publisher}
 * @param schedule          the periodic run ({@code newsroom.publisher.broadcast.schedule.*})
 */
@ConfigurationProperties("newsroom.publisher.broadcast")
record BroadcastProperties(
        @DefaultValue("1") int daysBefore,
        @DefaultValue("7") int daysAfter,
        @DefaultValue("62") int maxDays,
        @DefaultValue("P7D") Duration liveHorizon,
        @DefaultValue("epg.haugiang.invalid") String calendarUidDomain,
        @DefaultValue("-//Hau Giang Newsroom//Schedule 1.0//VI") String calendarProdId,
        @DefaultValue("newsroom-publisher") String generatorName,
        @DefaultValue Schedule schedule) {

    BroadcastProperties {
        if (daysBefore < 0 || daysAfter < 0 || maxDays < 1) {
            throw new IllegalArgumentException("daysBefore and daysAfter must be ≥ 0, maxDays ≥ 1");
        }
    }

    /**
     * The periodic run of the default window ({@code newsroom.publisher.broadcast.schedule.*}).
     *
     * @param enabled whether the run happens on its own; default {@code true} ({@code false} in tests). Read by
     *                {@link BroadcastSchedule}'s condition, so setting it to {@code false} leaves no scheduler
     * @param delay   time from the end of one run to the start of the next; default 5 minutes. The live page
     *                ("on air now") is only as fresh as this
     */
    record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration delay) {

        Schedule {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("schedule.delay must be > 0, got " + delay);
            }
        }
    }
}
