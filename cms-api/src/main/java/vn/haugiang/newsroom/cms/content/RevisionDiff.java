package vn.haugiang.newsroom.cms.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * What changed between two revisions: the fields that differ, and a unified diff (the
 * {@code diff -u} format) of the body split into lines at block-level tags.
 */
public record RevisionDiff(int from, int to, List<String> changedFields, List<String> bodyDiff) {

    static RevisionDiff between(Revision a, Revision b) {
        ItemContent x = a.content();
        ItemContent y = b.content();
        List<String> changed = new ArrayList<>();
        compare(changed, "headline", x.headline(), y.headline());
        compare(changed, "standfirst", x.standfirst(), y.standfirst());
        compare(changed, "body", x.body(), y.body());
        compare(changed, "byline", x.byline(), y.byline());
        compare(changed, "columnId", x.columnId(), y.columnId());
        compare(changed, "tags", x.tags(), y.tags());
        compare(changed, "planTasks", x.planTasks(), y.planTasks());
        compare(changed, "language", x.language(), y.language());
        compare(changed, "slug", x.slug(), y.slug());
        compare(changed, "featuredMedia", x.featuredMedia(), y.featuredMedia());
        compare(changed, "relatedItems", x.relatedItems(), y.relatedItems());
        compare(changed, "embargoUntil", x.embargoUntil(), y.embargoUntil());
        compare(changed, "expiresAt", x.expiresAt(), y.expiresAt());
        List<String> before = lines(x.body());
        List<String> after = lines(y.body());
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("revision " + a.number(), "revision " + b.number(),
                before, DiffUtils.diff(before, after), 2);
        return new RevisionDiff(a.number(), b.number(), changed, unified);
    }

    private static void compare(List<String> changed, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    private static List<String> lines(String html) {
        return List.of(html.replaceAll("(?i)(</(p|h[1-6]|li|tr|blockquote|figure|table|ul|ol)>)", "$1\n").split("\n"));
    }
}
