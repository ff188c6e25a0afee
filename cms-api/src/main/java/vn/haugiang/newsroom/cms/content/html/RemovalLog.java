package vn.haugiang.newsroom.cms.content.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects removals during one sanitize call, deduplicated and counted, in first-seen order. */
final class RemovalLog {

    /** Long URLs (a pasted data: image can be megabytes) are shortened in {@link Removal#what()}. */
    static final int MAX_VALUE_CHARS = 80;

    private record Key(String what, String reason) {
    }

    private final Map<Key, Integer> counts = new LinkedHashMap<>();

    void add(String what, String reason) {
        counts.merge(new Key(what, reason), 1, Integer::sum);
    }

    List<Removal> toList() {
        return counts.entrySet().stream()
                .map(e -> new Removal(e.getKey().what(), e.getKey().reason(), e.getValue()))
                .toList();
    }

    /** {@code <img src=VALUE>} with the value shortened and stripped of control characters. */
    static String element(String tag, String attribute, String value) {
        String shown = value.replaceAll("\\p{Cntrl}", " ");
        if (shown.length() > MAX_VALUE_CHARS) {
            int end = Character.isHighSurrogate(shown.charAt(MAX_VALUE_CHARS - 1)) ? MAX_VALUE_CHARS - 1 : MAX_VALUE_CHARS;
            shown = shown.substring(0, end) + "…";
        }
        return "<" + tag + " " + attribute + "=" + shown + ">";
    }
}
