package vn.haugiang.newsroom.cms.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.haugiang.newsroom.epg.ScheduleRules;

/** The schedule rules with the configured minimum gap. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleConfiguration.ScheduleProperties.class)
class ScheduleConfiguration {

    @Bean
    ScheduleRules scheduleRules(ScheduleProperties properties) {
        return new ScheduleRules(properties.minimumGap());
    }

    /**
     * {@code newsroom.schedule.*}.
     *
     * @param durationTolerance how far a slot's length may differ from its linked clip's duration before the
     *                          producer is warned (default 30 s)
     * @param minimumGap        gaps between slots up to this long are not reported (default 1 min: idents, breaks)
     * @param maxRecurrenceDays the longest span, in days, one recurring rule may expand over (default 366)
     * @param calendarUidDomain the right-hand side of iCalendar UIDs ({@code <slot id>@<domain>}); a domain the
     *                          broadcaster controls (default {@code epg.haugiang.invalid}: set it in production)
     * @param calendarProdId    the iCalendar {@code PRODID} (default {@code -//Hau Giang Newsroom//Schedule 1.0//VI})
     */
    @ConfigurationProperties("newsroom.schedule")
    record ScheduleProperties(@DefaultValue("30s") Duration durationTolerance, @DefaultValue("1m") Duration minimumGap,
            @DefaultValue("366") int maxRecurrenceDays, @DefaultValue("epg.haugiang.invalid") String calendarUidDomain,
            @DefaultValue("-//Hau Giang Newsroom//Schedule 1.0//VI") String calendarProdId) {
    }
}
