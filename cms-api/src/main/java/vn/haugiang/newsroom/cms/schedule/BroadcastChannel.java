package vn.haugiang.newsroom.cms.schedule;

import java.time.ZoneId;

import vn.haugiang.newsroom.epg.EpgChannel;

/**
 * A broadcast channel of a unit (table {@code broadcast_channel}), e.g. {@code hgtv} "Truyền hình Hậu Giang
 * (HGTV)".
 *
 * @param id       lower-case slug, also the XMLTV channel id of exports
 * @param unitId   the unit that schedules it; its members read the schedule, its producers and editors write it
 * @param kind     {@code tv}, {@code radio} or {@code loudspeaker}
 * @param name     the name viewers see (NFC)
 * @param timeZone the zone local days are taken in, {@code Asia/Ho_Chi_Minh} by default
 */
public record BroadcastChannel(String id, String unitId, String kind, String name, String timeZone) {

    /** @return the zone of this channel's local days and times */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** @return the channel as the EPG formats see it, in Vietnamese */
    public EpgChannel epg() {
        return new EpgChannel(id, name, "vi");
    }
}
