package vn.haugiang.newsroom.publisher.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The channels of an item: its column's {@code default_channels} ∪ the channels of enabled routing
 * rules whose non-null criteria all match ∪ the channels the item includes, minus those it
 * excludes. An exclusion wins over every source, so an editor can always keep an item off a channel.
 *
 * <p>Channel status does not take part: a paused or re-authorisation-needing channel still gets its
 * deliveries, which wait (visibly, as {@code pending}) and go out when the channel is active again.
 * Dropping them at routing time would lose items silently; an operator who wants a channel's
 * backlog gone cancels it. Column defaults naming a channel that does not exist are ignored (the
 * array has no foreign key).
 */
@Component
class Routing {

    private final JdbcClient jdbc;

    Routing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The channel ids of the item in id order; empty for an unknown item. */
    List<String> channelsOf(UUID itemId) {
        return jdbc.sql("""
                WITH it AS (SELECT id, unit_id, column_id, type, plan_tasks FROM item WHERE id = :item),
                routed AS (
                    SELECT unnest(c.default_channels) AS channel_id
                    FROM it JOIN content_column c ON c.id = it.column_id
                    UNION
                    SELECT r.channel_id
                    FROM routing_rule r, it
                    WHERE r.enabled
                      AND (r.unit_id IS NULL OR r.unit_id = it.unit_id)
                      AND (r.column_id IS NULL OR r.column_id = it.column_id)
                      AND (r.content_type IS NULL OR r.content_type = it.type)
                      AND (r.plan_task IS NULL OR r.plan_task = ANY (it.plan_tasks))
                    UNION
                    SELECT ch.channel_id FROM item_channel_choice ch WHERE ch.item_id = :item AND ch.included
                )
                SELECT oc.id
                FROM routed JOIN output_channel oc ON oc.id = routed.channel_id
                WHERE NOT EXISTS (SELECT 1 FROM item_channel_choice x
                                  WHERE x.item_id = :item AND x.channel_id = oc.id AND NOT x.included)
                ORDER BY oc.id
                """)
                .param("item", itemId)
                .query(String.class)
                .list();
    }
}
