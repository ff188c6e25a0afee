package vn.haugiang.newsroom.cms.content;

import java.time.Instant;
import java.util.UUID;

/** One saved content of an item: its number (1, 2, ...), the content, who saved it and when (UTC). */
public record Revision(int number, ItemContent content, UUID author, Instant savedAt) {
}
