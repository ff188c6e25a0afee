package vn.haugiang.newsroom.cms.column;

import java.util.List;
import java.util.UUID;

/**
 * A column (chuyên mục) or special page (chuyên trang) of a unit.
 *
 * @param kind {@code column} or {@code special_page}
 * @param defaultChannels ids of the output channels its items go to unless an item says otherwise
 */
public record Column(UUID id, String unitId, String slug, String name, String kind, List<String> defaultChannels) {

    public Column {
        defaultChannels = List.copyOf(defaultChannels);
    }
}
