package vn.haugiang.newsroom.cms.imports;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.jspecify.annotations.Nullable;

/**
 * Which elements of an uploaded HTML file Tika's HTML parser passes on. Tika's default keeps only
 * structure (headings, paragraphs, lists, tables, links, images) and drops inline formatting; an
 * article keeps bold, italic, line breaks and the like too. What is kept is sanitised again by
 * {@link BodyHtml}, so this can be generous but never needs scripts or styles.
 */
final class ArticleHtmlMapper extends DefaultHtmlMapper {

    private static final Set<String> INLINE = Set.of("b", "strong", "i", "em", "u", "s", "strike", "sub", "sup",
            "br", "small", "code", "cite", "caption");
    private static final Set<String> CELL_SPANS = Set.of("colspan", "rowspan");

    @Override
    public @Nullable String mapSafeElement(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return INLINE.contains(lower) ? lower : super.mapSafeElement(name);
    }

    @Override
    public @Nullable String mapSafeAttribute(String elementName, String attributeName) {
        String element = elementName.toLowerCase(Locale.ROOT);
        String attribute = attributeName.toLowerCase(Locale.ROOT);
        if ((element.equals("td") || element.equals("th")) && CELL_SPANS.contains(attribute)) {
            return attribute;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
