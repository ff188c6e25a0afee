package vn.haugiang.newsroom.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * The {@code searchAfter} cursor: a hit's sort values ([score or updatedAt, id]), typed and
 * base64url-encoded so clients pass it back unchanged.
 */
final class SearchCursor {

    private SearchCursor() {
    }

    static String encode(List<FieldValue> values) {
        List<String> parts = new ArrayList<>();
        for (FieldValue value : values) {
            if (value.isDouble()) {
                parts.add("d" + value.doubleValue());
            } else if (value.isLong()) {
                parts.add("l" + value.longValue());
            } else {
                parts.add("s" + value.stringValue());
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} was not made by {@link #encode} */
    static List<FieldValue> decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        List<FieldValue> values = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("not a searchAfter cursor: " + cursor);
            }
            String value = part.substring(1);
            values.add(switch (part.charAt(0)) {
                case 'd' -> FieldValue.of(Double.parseDouble(value));
                case 'l' -> FieldValue.of(Long.parseLong(value));
                case 's' -> FieldValue.of(value);
                default -> throw new IllegalArgumentException("not a searchAfter cursor: " + cursor);
            });
        }
        return values;
    }
}
