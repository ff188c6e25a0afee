package vn.haugiang.newsroom.cms.content;

import java.util.List;

/** An item as saved, with what the HTML safelist removed from the body the editor sent. */
public record SavedItem(Item item, List<String> removedHtml) {

    public SavedItem {
        removedHtml = List.copyOf(removedHtml);
    }
}
